using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A member of a <c>foreach</c> element used as a row index (<c>slot.Row * classes</c> with <c>slot</c> from a walk over
/// request records) picks a different row on each iteration, like a loop variable (SoftmaxModel.ElementMemberRows.cs):
/// a max over the whole batch with per-request sums is LG0001; a max over the request's own row is silent. Spellings:
/// an offset local, the offset inline, a span slice, a record class, a record struct and a named tuple, and (copyrows) the
/// element deconstructed in the <c>foreach</c> (<c>foreach (var (id, row) in slots)</c>), a <c>while</c> over the slice and
/// a local function per request.
/// </summary>
public class SoftmaxModelElementMemberRowsTests
{
    /// <summary>(element type declaration, element type name).</summary>
    public static TheoryData<string, string> Elements() => new()
    {
        { "public readonly record struct Slot(int Id, int Row);", "Slot" },
        { "public sealed record Slot(int Id, int Row);", "Slot" },
        { "public sealed class Slot { public int Id { get; set; } public int Row { get; set; } }", "Slot" },
        { "", "(int Id, int Row)" },
    };

    private static string Source(string declaration, string type, string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Numerics.Tensors;

        {{declaration}}

        public static class Splitter
        {
            public static Dictionary<int, float[]> Split(float[] logits, IReadOnlyList<{{type}}> slots, int classes)
            {
                var results = new Dictionary<int, float[]>();
                {{body}}
                return results;
            }
        }
        """;

    /// <summary>Whole-batch maxima.</summary>
    private static readonly string[] WholeMaxima =
    {
        "float max = logits.Max();",
        "float max = TensorPrimitives.Max(logits);",
        "float max = float.MinValue; foreach (var v in logits) max = MathF.Max(max, v);",
    };

    public static TheoryData<string, string, string> ElementsAndMaxima()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var element in Elements())
        {
            foreach (var max in WholeMaxima)
            {
                data.Add((string)element[0], (string)element[1], max);
            }
        }

        return data;
    }

    private const string OffsetLocal = """
        foreach (var slot in slots)
        {
            int start = slot.Row * classes;
            var p = new float[classes];
            float sum = 0f;
            for (int c = 0; c < classes; c++) { p[c] = MathF.Exp(logits[start + c] - max); sum += p[c]; }
            for (int c = 0; c < classes; c++) p[c] /= sum;
            results[slot.Id] = p;
        }
        """;

    private const string OffsetInline = """
        foreach (var slot in slots)
        {
            var p = new float[classes];
            float sum = 0f;
            for (int c = 0; c < classes; c++) { p[c] = MathF.Exp(logits[slot.Row * classes + c] - max); sum += p[c]; }
            for (int c = 0; c < classes; c++) p[c] /= sum;
            results[slot.Id] = p;
        }
        """;

    private const string SpanSlice = """
        foreach (var slot in slots)
        {
            ReadOnlySpan<float> row = logits.AsSpan(slot.Row * classes, classes);
            var p = new float[classes];
            float sum = 0f;
            for (int c = 0; c < row.Length; c++) { p[c] = MathF.Exp(row[c] - max); sum += p[c]; }
            for (int c = 0; c < p.Length; c++) p[c] /= sum;
            results[slot.Id] = p;
        }
        """;

    [Theory]
    [MemberData(nameof(ElementsAndMaxima))]
    public async Task AWholeBatchMax_WithRowsPickedByAnElementMember_OffsetLocal_IsLG0001(string declaration, string type, string max)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(declaration, type, max + "\n" + OffsetLocal)));
    }

    [Theory]
    [MemberData(nameof(ElementsAndMaxima))]
    public async Task AWholeBatchMax_WithRowsPickedByAnElementMember_Inline_IsLG0001(string declaration, string type, string max)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(declaration, type, max + "\n" + OffsetInline)));
    }

    [Theory]
    [MemberData(nameof(ElementsAndMaxima))]
    public async Task AWholeBatchMax_WithRowsPickedByAnElementMember_Slice_IsLG0001(string declaration, string type, string max)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(declaration, type, max + "\n" + SpanSlice)));
    }


    /// <summary>Element types that deconstruct: a positional record struct, a positional record and a named tuple.</summary>
    public static TheoryData<string, string, string> DeconstructedElementsAndMaxima()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var element in Elements())
        {
            if (((string)element[0]).Contains("class Slot", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var max in WholeMaxima)
            {
                data.Add((string)element[0], (string)element[1], max);
            }
        }

        return data;
    }

    private const string Deconstructed = """
        foreach (var (id, row) in slots)
        {
            int start = row * classes;
            var p = new float[classes];
            float sum = 0f;
            for (int c = 0; c < classes; c++) { p[c] = MathF.Exp(logits[start + c] - max); sum += p[c]; }
            for (int c = 0; c < classes; c++) p[c] /= sum;
            results[id] = p;
        }
        """;

    private const string WhileOverTheSlice = """
        foreach (var slot in slots)
        {
            int at = slot.Row * classes, end = at + classes, k = 0;
            var p = new float[classes];
            float sum = 0f;
            while (at < end) { p[k] = MathF.Exp(logits[at] - max); sum += p[k]; at++; k++; }
            for (int c = 0; c < classes; c++) p[c] /= sum;
            results[slot.Id] = p;
        }
        """;

    [Theory]
    [MemberData(nameof(DeconstructedElementsAndMaxima))]
    public async Task AWholeBatchMax_WithRowsPickedByADeconstructedElement_IsLG0001(string declaration, string type, string max)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(declaration, type, max + "\n" + Deconstructed)));
    }

    [Theory]
    [MemberData(nameof(ElementsAndMaxima))]
    public async Task AWholeBatchMax_WithRowsPickedByAnElementMember_While_IsLG0001(string declaration, string type, string max)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(declaration, type, max + "\n" + WhileOverTheSlice)));
    }

    [Theory]
    [MemberData(nameof(DeconstructedElements))]
    public async Task APerRequestMax_WithRowsPickedByADeconstructedElement_IsSilent(string declaration, string type)
    {
        var body = Deconstructed.Replace("var p = new float[classes];", PerRowMax + " var p = new float[classes];");
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(declaration, type, body)));
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public async Task APerRequestMax_WithRowsPickedByAnElementMember_While_IsSilent(string declaration, string type)
    {
        var body = WhileOverTheSlice.Replace(
            "var p = new float[classes];",
            "float max = float.MinValue; for (int c = 0; c < classes; c++) max = MathF.Max(max, logits[slot.Row * classes + c]); var p = new float[classes];");
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(declaration, type, body)));
    }

    /// <summary>Deconstructing element types without the whole-batch maxima.</summary>
    public static TheoryData<string, string> DeconstructedElements()
    {
        var data = new TheoryData<string, string>();
        foreach (var element in Elements())
        {
            if (!((string)element[0]).Contains("class Slot", StringComparison.Ordinal))
            {
                data.Add((string)element[0], (string)element[1]);
            }
        }

        return data;
    }

    private const string PerRowMax = "float max = float.MinValue; for (int c = 0; c < classes; c++) max = MathF.Max(max, logits[start + c]);";

    [Theory]
    [MemberData(nameof(Elements))]
    public async Task APerRequestMax_WithRowsPickedByAnElementMember_OffsetLocal_IsSilent(string declaration, string type)
    {
        var body = OffsetLocal.Replace("var p = new float[classes];", PerRowMax + " var p = new float[classes];");
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(declaration, type, body)));
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public async Task APerRequestMax_WithRowsPickedByAnElementMember_Inline_IsSilent(string declaration, string type)
    {
        var body = OffsetInline.Replace(
            "var p = new float[classes];",
            "float max = float.MinValue; for (int c = 0; c < classes; c++) max = MathF.Max(max, logits[slot.Row * classes + c]); var p = new float[classes];");
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(declaration, type, body)));
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public async Task APerRequestMax_OfTheSlice_IsSilent(string declaration, string type)
    {
        var body = SpanSlice.Replace("var p = new float[classes];", "float max = TensorPrimitives.Max(row); var p = new float[classes];");
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(declaration, type, body)));
    }

    /// <summary>
    /// Stop-40 review: a member of a class object walked inside a row loop (<c>x[r * C + cls.Index]</c>, the row loop
    /// outside the <c>foreach</c>) is a class column of that row, not a row of its own; a correct per-row softmax whose
    /// max and division run over <c>c</c> while the exps run over the class objects stays silent.
    /// </summary>
    [Theory]
    [InlineData("int k = r * C + cls.Index; p[k] = Math.Exp(x[k] - m); s += p[k];")]
    [InlineData("p[r * C + cls.Index] = Math.Exp(x[r * C + cls.Index] - m); s += p[r * C + cls.Index];")]
    public async Task AClassMemberInsideARowLoop_IsAColumn_IsSilent(string exps)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;

            public sealed class ClassInfo { public int Index { get; init; } }

            public static class Batch
            {
                public static double[] Run(double[] x, int rows, List<ClassInfo> classes)
                {
                    int C = classes.Count;
                    var p = new double[x.Length];
                    for (int r = 0; r < rows; r++)
                    {
                        double m = double.MinValue;
                        for (int c = 0; c < C; c++) m = Math.Max(m, x[r * C + c]);
                        double s = 0;
                        foreach (var cls in classes) { {{exps}} }
                        for (int c = 0; c < C; c++) p[r * C + c] /= s;
                    }
                    return p;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }
}
