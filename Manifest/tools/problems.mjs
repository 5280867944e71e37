// The findings of a validation run: each names the file and, where there is one, the manifest field.

export class Problems {
  list = [];

  error(file, field, message) { this.list.push({ level: 'error', file, field, message }); }

  warning(file, field, message) { this.list.push({ level: 'warning', file, field, message }); }

  get errors() { return this.list.filter(p => p.level === 'error'); }

  get warnings() { return this.list.filter(p => p.level === 'warning'); }

  /** True if an error was already reported for this file and field (to skip a less helpful duplicate). */
  hasError(file, field) { return this.list.some(p => p.level === 'error' && p.file === file && p.field === field); }
}

/** One line per problem: "ERROR manifest.json bots[0].botId: …". */
export function formatProblem({ level, file, field, message }) {
  const where = field ? `${file} ${field}` : file;
  return `${level === 'error' ? 'ERROR' : 'WARN '} ${where}: ${message}`;
}
