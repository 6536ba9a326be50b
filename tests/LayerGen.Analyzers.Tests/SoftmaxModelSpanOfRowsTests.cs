using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on a span over rows of a jagged array (<c>nli.AsSpan(s * labels, labels)</c>): its row l is the
/// jagged array's row <c>s * labels + l</c>, so reading through the span picks the same rows, at the same depth, as
/// indexing the array with the offset written out.
/// </summary>
public class SoftmaxModelSpanOfRowsTests
{
    /// <summary>Softmax over column 2 of each sequence's labels rows (READ), shifted by SHIFT (computed by MAX).</summary>
    private const string SequenceRows = """
        static float[][] F(float[][] nli, int labels) {
            int sequences = nli.Length / labels;
            WHOLE
            var result = new float[sequences][];
            for (int s = 0; s < sequences; s++) {
                var rows = nli.AsSpan(s * labels, labels);
                ROW
                var p = new float[labels]; float z = 0f;
                for (int l = 0; l < labels; l++) { p[l] = MathF.Exp(READ - top); z += p[l]; }
                for (int l = 0; l < labels; l++) p[l] /= z;
                result[s] = p;
            }
            return result;
        }
        """;

    [Theory]
    [InlineData("nli[s * labels + l][2]")]
    [InlineData("rows[l][2]")]
    public void WholeArrayMax_SpansMoreThanTheSequencesRows(string read)
    {
        var model = Describe(SequenceRows.Replace("WHOLE", "float top = nli.Max(row => row.Max());").Replace("ROW", string.Empty).Replace("READ", read));
        Assert.Contains("| sum z {nli.d0} | max top {nli.d0,nli.d1} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nli[s * labels + l][2]")]
    [InlineData("rows[l][2]")]
    public void SequenceMax_FoldsTheSequencesRowsOnly(string read)
    {
        var rowMax = $"float top = float.NegativeInfinity; for (int l = 0; l < labels; l++) top = MathF.Max(top, {read});";
        var model = Describe(SequenceRows.Replace("WHOLE", string.Empty).Replace("ROW", rowMax).Replace("READ", read));
        Assert.Contains("| sum z {nli.d0} | max top {nli.d0} |", model, StringComparison.Ordinal);
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        using System.Linq;
        static class C {
        {{method}}
        }
        """).Single().Value;
}
