using System.Collections.Generic;
using System.Linq;
using LayerGen.Generator.Model;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Kernels;

/// <summary>
/// Writes the body of one row kernel (one variant of one family) for rows of <c>n</c> entries, inside the generated
/// helper namespace (short names: <c>Vector256</c>, <c>MemoryMarshal</c>, <c>SoftmaxRow</c> …). Subclasses print one
/// variant; this class holds the pieces they share.
/// </summary>
/// <remarks>
/// Row kernels take <c>x, y</c> (forward), <c>y, dy, dx</c> (gradient) or <c>x, label, dx, invRows</c> (loss), each span
/// exactly one row long. Every kernel reads what it needs before writing, so the destination may alias the source.
/// </remarks>
internal abstract class RowKernelWriter(CodeWriter writer, NumericType t, int n)
{
    protected CodeWriter Writer { get; } = writer;

    protected NumericType Type { get; } = t;

    /// <summary>Entries per row.</summary>
    protected int Size { get; } = n;

    protected string T => Type.Name;

    protected string N => Format(Size);

    protected string Zero => Type.Literal(0);

    protected string Exp(string argument) => $"{Type.Math}.Exp({argument})";

    /// <summary>exp of a vector of <c>x − max</c> lanes (the runtime's polynomial for float).</summary>
    protected static string VectorExp(string argument) => $"SoftmaxRow.Exp({argument})";

    /// <summary>The cold path of a forward row: NaN or ±∞ somewhere in the row.</summary>
    protected void ForwardNonFiniteReturn() => NonFiniteReturn("SoftmaxRow.NonFinite(x, y, max);", "return;");

    /// <summary>The cold path of a loss row.</summary>
    protected void LossNonFiniteReturn() => NonFiniteReturn("return SoftmaxRow.LossNonFinite(x, label, dx, invRows, max);");

    protected void LossReturn()
    {
        Writer.Line("// −log softmax(x)[label] = log Σ exp(x − max) − (x[label] − max): the log-sum-exp never overflows.");
        Writer.Line($"return {Type.Math}.Log(sum) - (target - max);");
    }

    /// <summary>Declares <c>ref T xStart = ref MemoryMarshal.GetReference(x)</c> for each (span, ref) pair.</summary>
    protected void Refs(params (string Span, string Ref)[] refs)
    {
        foreach ((string span, string name) in refs)
        {
            Writer.Line($"ref {T} {name} = ref MemoryMarshal.GetReference({span});");
        }

        Writer.Line();
    }

    /// <summary>Combines the terms pairwise (a balanced tree keeps the dependency chain short).</summary>
    protected static string Tree(IEnumerable<string> items, System.Func<string, string, string> combine)
    {
        List<string> terms = items.ToList();
        while (terms.Count > 1)
        {
            var next = new List<string>();
            for (int i = 0; i < terms.Count; i += 2)
            {
                next.Add(i + 1 < terms.Count ? combine(terms[i], terms[i + 1]) : terms[i]);
            }

            terms = next;
        }

        return terms[0];
    }

    private void NonFiniteReturn(params string[] body)
    {
        Writer.Line("// NaN or ±∞ somewhere in the row: rare, handled apart.");
        using (Writer.Block($"if (!{T}.IsFinite(max))"))
        {
            foreach (string line in body)
            {
                Writer.Line(line);
            }
        }

        Writer.Line();
    }
}

/// <summary>One code variant of the three row kernel families.</summary>
internal interface IRowKernel
{
    /// <summary>Writes the body of the softmax forward of one row (<c>x, y</c>).</summary>
    void Forward();

    /// <summary>Writes the body of the softmax gradient of one row (<c>y, dy, dx</c>).</summary>
    void Gradient();

    /// <summary>Writes the body of the fused cross-entropy of one row (<c>x, label, dx, invRows</c>), returning its loss.</summary>
    void Loss();
}
