/** A small argument reader for the CLI: named flags and options, the rest positional. */
export interface Args {
  flags: Record<string, boolean>;
  options: Record<string, string | undefined>;
  positional: string[];
  error?: string;
}

export function parseArgs(argv: string[], spec: { flags: string[]; options: string[] }): Args {
  const out: Args = { flags: {}, options: {}, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h') {
      out.flags.help = true;
      continue;
    }
    if (!a.startsWith('--')) {
      out.positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (spec.flags.includes(name)) out.flags[name] = true;
    else if (spec.options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) out.error = `--${name} needs a value`;
      else out.options[name] = value;
    } else out.error = `unknown option --${name}`;
  }
  return out;
}
