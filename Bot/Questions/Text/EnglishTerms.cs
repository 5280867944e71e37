using System.Collections.Frozen;

namespace EmulationBot.Questions.Text;

/// <summary>
/// English words of questions about a plan, with the Vietnamese words the plans use for them, so that
/// "what is the theme of the movement?" searches for "chủ đề" and "phong trào". Words not listed stay as they
/// are and simply match nothing, which is what lets an unrelated English question fall below the threshold.
/// </summary>
public static class EnglishTerms
{
    private static readonly FrozenDictionary<string, string> Map = new Dictionary<string, string>
    {
        ["plan"] = "ke hoach", ["plans"] = "ke hoach", ["movement"] = "phong trao", ["movements"] = "phong trao",
        ["emulation"] = "thi dua", ["campaign"] = "dot thi dua", ["competition"] = "thi dua", ["theme"] = "chu de",
        ["slogan"] = "khau hieu", ["name"] = "ten", ["title"] = "ten", ["report"] = "bao cao", ["reports"] = "bao cao",
        ["reporting"] = "bao cao", ["submit"] = "gui", ["submitted"] = "gui", ["send"] = "gui", ["sent"] = "gui",
        ["office"] = "van phong", ["department"] = "so", ["division"] = "phong", ["divisions"] = "phong",
        ["unit"] = "don vi", ["units"] = "don vi", ["agency"] = "co quan", ["agencies"] = "co quan", ["province"] = "tinh",
        ["provincial"] = "tinh", ["committee"] = "uy ban", ["council"] = "hoi dong", ["board"] = "ban",
        ["reward"] = "khen thuong", ["rewards"] = "khen thuong", ["rewarded"] = "khen thuong", ["rewarding"] = "khen thuong",
        ["commendation"] = "khen thuong", ["criteria"] = "tieu chuan", ["criterion"] = "tieu chuan", ["standard"] = "tieu chuan",
        ["standards"] = "tieu chuan", ["form"] = "hinh thuc", ["forms"] = "hinh thuc", ["eligible"] = "doi tuong",
        ["requirement"] = "yeu cau", ["requirements"] = "yeu cau", ["require"] = "yeu cau", ["content"] = "noi dung",
        ["contents"] = "noi dung", ["task"] = "nhiem vu", ["tasks"] = "nhiem vu", ["duty"] = "nhiem vu", ["duties"] = "nhiem vu",
        ["responsibility"] = "trach nhiem", ["responsibilities"] = "trach nhiem", ["role"] = "vai tro",
        ["monitor"] = "theo doi", ["monitors"] = "theo doi", ["monitoring"] = "theo doi", ["follow"] = "theo doi",
        ["urge"] = "don doc", ["urging"] = "don doc", ["inspect"] = "kiem tra", ["inspection"] = "kiem tra",
        ["inspections"] = "kiem tra", ["check"] = "kiem tra", ["checked"] = "kiem tra", ["guide"] = "huong dan",
        ["guidance"] = "huong dan", ["instruct"] = "huong dan", ["summary"] = "tong ket", ["final"] = "tong ket",
        ["review"] = "tong ket", ["evaluate"] = "danh gia", ["evaluation"] = "danh gia", ["assessment"] = "danh gia",
        ["result"] = "ket qua", ["results"] = "ket qua", ["launch"] = "phat dong", ["launched"] = "phat dong",
        ["period"] = "thoi gian", ["duration"] = "thoi gian", ["start"] = "bat dau", ["begin"] = "bat dau",
        ["end"] = "ket thuc", ["ends"] = "ket thuc", ["finish"] = "hoan thanh", ["complete"] = "hoan thanh",
        ["completed"] = "hoan thanh", ["model"] = "mo hinh", ["models"] = "mo hinh", ["example"] = "dien hinh",
        ["examples"] = "dien hinh", ["exemplary"] = "dien hinh", ["typical"] = "tieu bieu", ["outstanding"] = "tieu bieu",
        ["advanced"] = "tien tien", ["propaganda"] = "tuyen truyen", ["publicize"] = "tuyen truyen", ["promote"] = "tuyen truyen",
        ["communication"] = "tuyen truyen", ["website"] = "trang thong tin dien tu", ["enterprises"] = "doanh nghiep",
        ["enterprise"] = "doanh nghiep", ["businesses"] = "doanh nghiep", ["companies"] = "doanh nghiep",
        ["research"] = "nghien cuu", ["development"] = "phat trien", ["innovation"] = "doi moi sang tao",
        ["initiative"] = "sang kien", ["initiatives"] = "sang kien", ["technology"] = "cong nghe", ["science"] = "khoa hoc",
        ["biotechnology"] = "cong nghe sinh hoc", ["digital"] = "chuyen doi so", ["thrift"] = "tiet kiem",
        ["saving"] = "tiet kiem", ["savings"] = "tiet kiem", ["waste"] = "lang phi", ["corruption"] = "tham nhung",
        ["ethics"] = "dao duc", ["ethical"] = "dao duc", ["moral"] = "dao duc", ["anniversary"] = "ky niem",
        ["founding"] = "thanh lap", ["establishment"] = "thanh lap", ["founded"] = "thanh lap", ["established"] = "thanh lap",
        ["years"] = "nam", ["year"] = "nam", ["recipients"] = "noi nhan", ["signed"] = "ky", ["signer"] = "ky",
        ["sign"] = "ky", ["issued"] = "ban hanh", ["issue"] = "ban hanh", ["issuer"] = "ban hanh", ["issuing"] = "ban hanh",
        ["number"] = "so", ["date"] = "ngay", ["month"] = "thang", ["staff"] = "can bo", ["employees"] = "can bo",
        ["officials"] = "can bo", ["workers"] = "nguoi lao dong", ["collective"] = "tap the", ["collectives"] = "tap the",
        ["individual"] = "ca nhan", ["individuals"] = "ca nhan", ["leader"] = "lanh dao", ["leaders"] = "lanh dao",
        ["heads"] = "truong", ["head"] = "truong", ["director"] = "giam doc", ["center"] = "trung tam", ["centre"] = "trung tam",
        ["statistics"] = "thong ke", ["application"] = "ung dung", ["resolution"] = "nghi quyet", ["directive"] = "chi thi",
        ["decision"] = "quyet dinh", ["conclusion"] = "ket luan", ["politburo"] = "bo chinh tri", ["central"] = "trung uong",
        ["epidemic"] = "dich", ["pandemic"] = "dich", ["covid"] = "covid", ["economy"] = "kinh te", ["economic"] = "kinh te",
        ["production"] = "san xuat", ["business"] = "kinh doanh", ["management"] = "quan ly", ["reform"] = "cai cach",
        ["culture"] = "van hoa", ["ceremony"] = "le", ["conference"] = "hoi nghi", ["meeting"] = "hoi nghi",
        ["purpose"] = "muc dich", ["purposes"] = "muc dich", ["aim"] = "muc dich", ["aims"] = "muc dich",
        ["objective"] = "muc dich", ["objectives"] = "muc dich", ["goal"] = "muc dich", ["goals"] = "muc dich",
        ["deadline"] = "thoi han", ["uncle"] = "bac", ["cited"] = "", ["mentioned"] = "", ["mention"] = "",
        ["party"] = "dang", ["minister"] = "thu tuong", ["prime"] = "", ["government"] = "chinh phu",
        ["registration"] = "dang ky", ["register"] = "dang ky", ["registered"] = "dang ky", ["registrations"] = "dang ky",
        ["honour"] = "danh hieu", ["honor"] = "danh hieu", ["certificate"] = "giay khen", ["certificates"] = "giay khen",
        ["approve"] = "xem xet", ["approves"] = "xem xet", ["consider"] = "xem xet", ["considers"] = "xem xet",
        ["propose"] = "de xuat", ["proposes"] = "de xuat", ["nominate"] = "de xuat", ["nominates"] = "de xuat", ["interim"] = "so ket", ["midterm"] = "so ket", ["specific"] = "cu the", ["build"] = "xay dung", ["least"] = "it nhat", ["one"] = "1", ["two"] = "2", ["three"] = "3",
        ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["practice"] = "thuc hanh", ["propagate"] = "tuyen truyen",
        ["standing"] = "thuong truc", ["permanent"] = "thuong truc", ["body"] = "", ["act"] = "", ["acts"] = "", ["serve"] = "",
        ["address"] = "dia chi", ["web"] = "trang thong tin dien tu", ["portal"] = "trang thong tin dien tu", ["information"] = "thong tin",
        ["given"] = "", ["symbol"] = "ky hieu", ["renew"] = "doi moi", ["renewal"] = "doi moi", ["work"] = "cong tac",
        ["store"] = "luu", ["archive"] = "luu", ["kept"] = "luu", ["file"] = "luu", ["minimum"] = "it nhat",
        ["secretariat"] = "ban bi thu", ["people"] = "nhan dan", ["executive"] = "chap hanh", ["intellectual"] = "tri thuc",
        ["gene"] = "gen", ["genetic"] = "gen", ["space"] = "vu tru", ["agriculture"] = "nong nghiep", ["agricultural"] = "nong nghiep",
        ["startup"] = "khoi nghiep", ["ecosystem"] = "he sinh thai", ["rural"] = "nong thon", ["poor"] = "nguoi ngheo",
        ["poverty"] = "ngheo", ["transformation"] = "chuyen doi", ["tradition"] = "truyen thong", ["spirit"] = "tinh than",
        ["motto"] = "phuong cham", ["principle"] = "phuong cham", ["avoid"] = "tranh", ["prevent"] = "ngan chan",
        ["fight"] = "chong", ["awareness"] = "nhan thuc", ["raise"] = "nang cao", ["priority"] = "uu tien", ["prioritize"] = "uu tien",
        ["prioritise"] = "uu tien", ["field"] = "linh vuc", ["area"] = "linh vuc", ["sector"] = "linh vuc", ["encourage"] = "khuyen khich",
        ["attract"] = "thu hut", ["resource"] = "nguon nhan luc", ["invest"] = "dau tu", ["investment"] = "dau tu", ["deputy"] = "pho",
        ["visit"] = "tham", ["hold"] = "to chuc", ["held"] = "to chuc", ["organize"] = "to chuc", ["organise"] = "to chuc",
        ["preliminary"] = "so ket", ["measure"] = "bien phap", ["prevention"] = "phong chong", ["media"] = "phuong tien thong tin dai chung",
        ["target"] = "chi tieu", ["exceed"] = "vuot muc", ["competitiveness"] = "nang luc canh tranh", ["secret"] = "bi mat",
        ["state"] = "nha nuoc", ["environment"] = "moi truong", ["healthy"] = "lanh manh", ["democratic"] = "dan chu",
        ["cite"] = "", ["refer"] = "", ["implement"] = "thuc hien", ["implementation"] = "thuc hien", ["carry"] = "thuc hien",
        ["praise"] = "bieu duong", ["honoured"] = "vinh danh", ["honored"] = "vinh danh", ["quota"] = "so luong",
        ["funding"] = "kinh phi", ["budget"] = "kinh phi", ["bonus"] = "tien thuong", ["money"] = "tien", ["prize"] = "giai thuong",
        ["chairman"] = "chu tich", ["chair"] = "chu tich", ["chairperson"] = "chu tich", ["member"] = "thanh vien",
        ["phone"] = "dien thoai", ["telephone"] = "dien thoai", ["email"] = "thu dien tu", ["salary"] = "tien luong", ["wage"] = "tien luong",
        ["allowance"] = "phu cap", ["leave"] = "nghi phep", ["holiday"] = "nghi phep", ["uniform"] = "dong phuc", ["canteen"] = "can tin",
        ["parking"] = "bai do", ["passport"] = "ho chieu", ["weather"] = "thoi tiet", ["spokesperson"] = "nguoi phat ngon",
        ["patriotic"] = "yeu nuoc", ["patriotism"] = "yeu nuoc", ["homeland"] = "que huong", ["hometown"] = "que huong",
        ["pride"] = "tu hao", ["solidarity"] = "doan ket", ["unity"] = "doan ket", ["creative"] = "sang tao", ["creativity"] = "sang tao",
        ["labour"] = "lao dong", ["labor"] = "lao dong", ["team"] = "tap the", ["teams"] = "tap the", ["person"] = "ca nhan",
        ["achievement"] = "thanh tich", ["achievements"] = "thanh tich", ["excellent"] = "xuat sac", ["difficulties"] = "kho khan",
        ["overcome"] = "vuot qua", ["spread"] = "lan toa", ["community"] = "cong dong", ["mass"] = "dai chung", ["news"] = "thong tin",
        ["network"] = "mang", ["newspaper"] = "bao chi", ["press"] = "bao chi", ["radio"] = "phat thanh", ["television"] = "truyen hinh",
        ["professional"] = "chuyen mon", ["political"] = "chinh tri", ["mission"] = "nhiem vu", ["missions"] = "nhiem vu",
        ["key"] = "trong tam", ["breakthrough"] = "dot pha", ["breakthroughs"] = "dot pha", ["comprehensive"] = "toan dien",
        ["new"] = "moi", ["countryside"] = "nong thon moi", ["knowledge"] = "tri thuc", ["intellectuals"] = "tri thuc",
        ["industrialization"] = "cong nghiep hoa", ["modernization"] = "hien dai hoa", ["revolution"] = "cach mang",
        ["administrative"] = "hanh chinh", ["electronic"] = "dien tu", ["civil"] = "cong vu", ["service"] = "cong vu",
        ["criterion"] = "tieu chuan", ["section"] = "muc", ["sections"] = "muc", ["item"] = "muc", ["items"] = "muc",
        ["timely"] = "kip thoi", ["accurate"] = "chinh xac", ["fair"] = "khach quan", ["fairly"] = "khach quan",
        ["degeneration"] = "suy thoai", ["decline"] = "suy thoai", ["lifestyle"] = "loi song", ["people-centred"] = "trong dan",
        ["listen"] = "lang nghe", ["dialogue"] = "doi thoai", ["words"] = "noi", ["deeds"] = "lam", ["enterprise's"] = "doanh nghiep",
        ["small"] = "nho", ["medium"] = "vua", ["sized"] = "", ["come"] = "", ["came"] = "", ["mentions"] = "", ["called"] = "", ["named"] = "", ["known"] = "",
        ["listed"] = "", ["stated"] = "", ["described"] = "", ["specified"] = "", ["include"] = "", ["includes"] = "", ["including"] = "",
        ["advise"] = "tham muu", ["advises"] = "tham muu", ["advisory"] = "tham muu", ["compile"] = "tong hop", ["synthesize"] = "tong hop",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The Vietnamese words for an English one ("" for a word that only frames the question), or null when unknown.
    /// Inflected forms fall back to their stem: "inspected" → "inspect", "directives" → "directive", "cited" → "cite".
    /// </summary>
    public static string? Translate(string folded)
    {
        if (Map.TryGetValue(folded, out var words)) return words;
        foreach (var suffix in Suffixes)
        {
            if (folded.Length <= suffix.Length + 2 || !folded.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = folded[..^suffix.Length];
            if (Map.TryGetValue(stem, out words) || Map.TryGetValue(stem + "e", out words)) return words;
            if (suffix == "ies" && Map.TryGetValue(stem + "y", out words)) return words;
        }
        return null;
    }

    private static readonly string[] Suffixes = ["ies", "ing", "ed", "es", "s", "d"];
}
