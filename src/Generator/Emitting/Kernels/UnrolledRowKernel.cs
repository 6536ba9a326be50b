using System.Collections.Generic;
using System.Linq;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Kernels;

/// <summary>Row kernels as fully unrolled scalar code (rows of at most 16 entries): every entry in a local.</summary>
internal sealed class UnrolledRowKernel(CodeWriter writer, NumericType t, int n) : RowKernelWriter(writer, t, n), IRowKernel
{
    public void Forward()
    {
        Locals("x", "x");
        Max();
        ForwardNonFiniteReturn();
        Exps();
        Writer.Expression($"{T} scale = {Type.Literal(1)} / (", Terms("e"), "+", ");");
        for (int j = 0; j < Size; j++)
        {
            Writer.Line($"y[{Format(j)}] = e{Format(j)} * scale;");
        }
    }

    public void Gradient()
    {
        Writer.Line("// Everything is read before dx is written, so dx may alias dy.");
        Locals("y", "y");
        Locals("dy", "dy");
        Writer.Expression($"{T} dot = ", Enumerable.Range(0, Size).Select(j => $"y{Format(j)} * dy{Format(j)}").ToList(), "+", ";");
        for (int j = 0; j < Size; j++)
        {
            Writer.Line($"dx[{Format(j)}] = y{Format(j)} * (dy{Format(j)} - dot);");
        }
    }

    public void Loss()
    {
        Writer.Line($"{T} target = x[label];");
        Locals("x", "x");
        Max();
        LossNonFiniteReturn();
        Exps();
        Writer.Expression($"{T} sum = ", Terms("e"), "+", ";");
        using (Writer.Block("if (!dx.IsEmpty)"))
        {
            Writer.Line($"{T} scale = invRows / sum;");
            for (int j = 0; j < Size; j++)
            {
                Writer.Line($"dx[{Format(j)}] = e{Format(j)} * scale;");
            }

            Writer.Line("dx[label] -= invRows;");
        }

        Writer.Line();
        LossReturn();
    }

    /// <summary>Declares x0 = x[0], … (as many per line as fit).</summary>
    private void Locals(string span, string prefix)
    {
        Declarations(Enumerable.Range(0, Size).Select(j => $"{prefix}{Format(j)} = {span}[{Format(j)}]"));
        Writer.Line();
    }

    /// <summary>The row maximum, two entries per step (a shorter dependency chain; max is order-independent, also for NaN).</summary>
    private void Max()
    {
        Writer.Line("// Row maximum, subtracted before exp so that exp never overflows.");
        Writer.Line(Size == 1 ? $"{T} max = x0;" : $"{T} max = Math.Max(x0, x1);");
        for (int j = 2; j < Size; j += 2)
        {
            Writer.Line(j + 1 < Size
                ? $"max = Math.Max(max, Math.Max(x{Format(j)}, x{Format(j + 1)}));"
                : $"max = Math.Max(max, x{Format(j)});");
        }

        Writer.Line();
    }

    private void Exps()
    {
        Declarations(Enumerable.Range(0, Size).Select(j => $"e{Format(j)} = {Exp($"x{Format(j)} - max")}"));
        Writer.Line();
    }

    /// <summary>Declares the locals <c>name = value</c>, as many per line as fit.</summary>
    private void Declarations(IEnumerable<string> items)
    {
        var line = new List<string>();
        foreach (string item in items)
        {
            if (line.Count > 0 && T.Length + 1 + string.Join(", ", line).Length + 2 + item.Length + 1 > Writer.Available)
            {
                Writer.Line($"{T} {string.Join(", ", line)};");
                line.Clear();
            }

            line.Add(item);
        }

        Writer.Line($"{T} {string.Join(", ", line)};");
    }

    private List<string> Terms(string prefix) => Enumerable.Range(0, Size).Select(j => prefix + Format(j)).ToList();
}
