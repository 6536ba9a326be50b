using System;
using System.Text;

namespace LayerGen.Generator.Emitting;

/// <summary>A small indented text writer with block helpers, so emitters never build indentation by hand.</summary>
internal sealed class CodeWriter
{
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

        if (_blankPending && line != "}" && !line.StartsWith("else", StringComparison.Ordinal))
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

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public Scope Block(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return new Scope(this);
    }

    /// <summary>Writes <c>{</c> and indents until the returned scope is disposed.</summary>
    public Scope Block()
    {
        Line("{");
        _depth++;
        return new Scope(this);
    }

    public override string ToString() => _text.ToString();

    private void Close()
    {
        _depth--;
        Line("}");
        _blankPending = true;
    }

    /// <summary>Closes a block when disposed.</summary>
    public readonly struct Scope(CodeWriter writer) : IDisposable
    {
        public void Dispose() => writer.Close();
    }
}
