using System;
using System.Collections.Generic;
using System.Text;

namespace LayerGen.Generator.Emitting;

/// <summary>
/// A small indented text writer with block helpers, so emitters never build indentation by hand, and with comment
/// helpers that wrap long comments and XML docs at <see cref="MaxWidth"/> columns.
/// </summary>
internal sealed class CodeWriter
{
    /// <summary>Comments and docs are wrapped to stay within this many columns.</summary>
    public const int MaxWidth = 120;

    private const string IndentUnit = "    ";
    private readonly StringBuilder _text = new();
    private int _depth;
    private bool _blankPending;
    private bool _atBlockStart = true;

    /// <summary>
    /// Writes one line at the current indentation. An empty line is deferred: consecutive empty lines collapse to one,
    /// and none is written right after an opening brace or right before a closing one.
    /// </summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length == 0)
        {
            _blankPending = !_atBlockStart;
            return this;
        }

        if (_blankPending && line != "}" && !line.StartsWith("else", StringComparison.Ordinal) && line != "finally")
        {
            _text.Append('\n');
        }

        _blankPending = false;
        for (int i = 0; i < _depth; i++)
        {
            _text.Append(IndentUnit);
        }

        _text.Append(line).Append('\n');
        _atBlockStart = line == "{";
        return this;
    }

    /// <summary>Writes several lines (split on '\n') at the current indentation.</summary>
    public CodeWriter Lines(string lines)
    {
        foreach (string line in lines.Split('\n'))
        {
            Line(line.TrimEnd('\r'));
        }

        return this;
    }

    /// <summary>Writes a <c>//</c> comment, wrapped at word boundaries to stay within <see cref="MaxWidth"/> columns.</summary>
    public CodeWriter Comment(string text)
    {
        foreach (string line in Wrap(text, MaxWidth - Indentation - "// ".Length))
        {
            Line("// " + line);
        }

        return this;
    }

    /// <summary>
    /// Writes an XML doc element, <c>/// &lt;summary&gt;text&lt;/summary&gt;</c> on one line when it fits; otherwise a summary
    /// wraps its text between tag lines and other elements continue their text on the next lines. Lines break at
    /// spaces outside tags, never inside one such as <c>&lt;see cref="…"/&gt;</c>.
    /// </summary>
    /// <param name="tag">Element name, e.g. <c>summary</c>.</param>
    /// <param name="text">Content, which may hold XML tags.</param>
    /// <param name="attributes">Attributes of the opening tag, e.g. <c>name="x"</c>.</param>
    public CodeWriter Doc(string tag, string text, string attributes = "")
    {
        string open = "<" + tag + (attributes.Length > 0 ? " " + attributes : string.Empty) + ">";
        string close = "</" + tag + ">";
        string single = "/// " + open + text + close;
        if (Indentation + single.Length <= MaxWidth)
        {
            return Line(single);
        }

        if (tag == "summary")
        {
            Line("/// " + open);
            foreach (string line in Wrap(text, MaxWidth - Indentation - "/// ".Length))
            {
                Line("/// " + line);
            }

            return Line("/// " + close);
        }

        // Other elements continue on the next lines and close after the text.
        List<string> lines = Wrap(open + text + close, MaxWidth - Indentation - "/// ".Length);
        foreach (string line in lines)
        {
            Line("/// " + line);
        }

        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public Scope Block(string header)
    {
        Line(header);
        return Block();
    }

    /// <summary>
    /// Writes a member signature <c>head(parameters)</c> and opens its body; when the line would be longer than
    /// <see cref="MaxWidth"/>, the parameters go on an indented line of their own (or one per line).
    /// </summary>
    /// <param name="head">Everything before the parenthesis, e.g. <c>public void Forward</c>.</param>
    /// <param name="parameters">The parameter declarations.</param>
    public Scope Method(string head, params string[] parameters)
    {
        string joined = string.Join(", ", parameters);
        if (Indentation + head.Length + joined.Length + 2 <= MaxWidth)
        {
            return Block(head + "(" + joined + ")");
        }

        Line(head + "(");
        using (Indent())
        {
            if (Indentation + joined.Length + 1 <= MaxWidth)
            {
                Line(joined + ")");
            }
            else
            {
                for (int i = 0; i < parameters.Length; i++)
                {
                    Line(parameters[i] + (i < parameters.Length - 1 ? "," : ")"));
                }
            }
        }

        return Block();
    }

    /// <summary>
    /// Writes an expression-bodied member <c>head(parameters) =&gt;</c> with <paramref name="body"/> on the next, indented line;
    /// a block body when the signature does not fit on one line.
    /// </summary>
    public CodeWriter ExpressionBodied(string head, IReadOnlyList<string> parameters, string body)
    {
        string signature = head + "(" + string.Join(", ", parameters) + ") =>";
        if (signature.Length <= Available)
        {
            Line(signature);
            using (Indent())
            {
                Line(body);
            }

            return this;
        }

        using (Method(head, parameters is string[] array ? array : new List<string>(parameters).ToArray()))
        {
            Line(body);
        }

        return this;
    }

    /// <summary>Writes <c>{</c> and indents until the returned scope is disposed.</summary>
    public Scope Block()
    {
        Line("{");
        _depth++;
        return new Scope(this);
    }

    /// <summary>Indents the lines written until the returned scope is disposed, without braces (continuation lines).</summary>
    public Scope Indent()
    {
        _depth++;
        return new Scope(this, braces: false);
    }

    /// <summary>Columns left on a line at the current indentation before <see cref="MaxWidth"/>.</summary>
    public int Available => MaxWidth - Indentation;

    /// <summary>
    /// Writes <paramref name="head"/> followed by <paramref name="terms"/> joined with <paramref name="separator"/> and then
    /// <paramref name="end"/>, continuing on indented lines (each starting with the separator) to stay within <see cref="MaxWidth"/>.
    /// </summary>
    /// <param name="head">The start, e.g. <c>float dot = </c>.</param>
    /// <param name="terms">The terms.</param>
    /// <param name="separator">The operator between terms, e.g. <c>+</c>.</param>
    /// <param name="end">The end, e.g. <c>;</c>.</param>
    public CodeWriter Expression(string head, IReadOnlyList<string> terms, string separator, string end)
    {
        // An operator starts the continuation line; a comma ends the line it follows.
        bool trailing = separator == ",";
        var line = new StringBuilder(head);
        bool continuation = false;
        for (int i = 0; i < terms.Count; i++)
        {
            string last = i == terms.Count - 1 ? end : string.Empty;
            string piece = (i == 0 ? string.Empty : trailing ? separator + " " : " " + separator + " ") + terms[i] + last;
            int limit = Available - (continuation ? IndentUnit.Length : 0);
            int reserve = trailing && i < terms.Count - 1 ? 1 : 0; // room for the comma that may end this line
            if (i > 0 && line.Length + piece.Length + reserve > limit)
            {
                WriteContinued(trailing ? line.Append(separator).ToString() : line.ToString(), continuation);
                continuation = true;
                line.Clear().Append(trailing ? string.Empty : separator + " ").Append(terms[i]).Append(last);
                continue;
            }

            line.Append(piece);
        }

        WriteContinued(line.ToString(), continuation);
        return this;
    }

    /// <summary>
    /// Writes <c>head(arguments)end</c>, e.g. a call statement, continuing the arguments on indented lines when it does not
    /// fit within <see cref="MaxWidth"/>.
    /// </summary>
    public CodeWriter Call(string head, IReadOnlyList<string> arguments, string end) =>
        Expression(head + "(", arguments, ",", ")" + end);

    public override string ToString() => _text.ToString();

    private void WriteContinued(string line, bool continuation)
    {
        if (!continuation)
        {
            Line(line);
            return;
        }

        using (Indent())
        {
            Line(line);
        }
    }

    private int Indentation => _depth * IndentUnit.Length;

    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="width"/> characters at spaces outside XML tags.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var words = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ' ' && depth == 0))
            {
                if (i > start)
                {
                    words.Add(text.Substring(start, i - start));
                }

                start = i + 1;
                continue;
            }

            depth += text[i] == '<' ? 1 : text[i] == '>' ? -1 : 0;
        }

        var line = new StringBuilder();
        foreach (string word in words)
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private void Close(bool braces)
    {
        _depth--;
        if (braces)
        {
            Line("}");
            _blankPending = true;
        }
    }

    /// <summary>Closes a block (or an indentation) when disposed.</summary>
    public readonly struct Scope(CodeWriter writer, bool braces = true) : IDisposable
    {
        public void Dispose() => writer.Close(braces);
    }
}
