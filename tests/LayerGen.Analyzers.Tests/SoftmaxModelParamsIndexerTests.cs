using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A user type's indexer with a <c>params</c> index list (ONNX Runtime's <c>DenseTensor&lt;T&gt;.this[params int[] indices]</c>,
/// a C# 13 <c>params ReadOnlySpan&lt;int&gt;</c>) is read like a fixed-arity indexer (SoftmaxModel.ParamsIndexers.cs):
/// <c>scores[0, a, c]</c>, <c>scores[new[] { 0, a, c }]</c> and <c>scores[[0, a, c]]</c> name dimensions 0, 1, 2 in order.
/// A per-class max over all anchors with per-anchor sums over the classes is LG0004; the whole tensor's max with
/// per-anchor sums is LG0001; the per-anchor max over the classes is silent, in every spelling.
/// </summary>
public class SoftmaxModelParamsIndexerTests
{
    private const string ArrayIndexer = """
        public T this[params int[] indices]
        {
            get
            {
                int offset = 0;
                for (int d = 0; d < indices.Length; d++) offset = offset * Dimensions[d] + indices[d];
                return _buffer[offset];
            }
        }
        """;

    private const string SpanIndexer = """
        public T this[params ReadOnlySpan<int> indices]
        {
            get
            {
                int offset = 0;
                for (int d = 0; d < indices.Length; d++) offset = offset * Dimensions[d] + indices[d];
                return _buffer[offset];
            }
        }
        """;

    /// <summary>(indexer declaration, how <c>[0, a, c]</c> is written at the call: <c>{0}</c> is the index list).</summary>
    public static TheoryData<string, string> Spellings() => new()
    {
        { ArrayIndexer, "scores[{0}]" },
        { ArrayIndexer, "scores[new[] {{ {0} }}]" },
        { ArrayIndexer, "scores[new int[] {{ {0} }}]" },
        { SpanIndexer, "scores[{0}]" },
        { SpanIndexer, "scores[[{0}]]" },
    };

    private static string Source(string indexer, string body) => $$"""
        using System;

        public sealed class DenseTensor<T>
        {
            private readonly T[] _buffer;
            public DenseTensor(T[] buffer, int[] dimensions) { _buffer = buffer; Dimensions = dimensions; }
            public int[] Dimensions { get; }
            {{indexer}}
        }

        public static class Ssd
        {
            public static float[,] Probabilities(DenseTensor<float> scores)
            {
                int anchors = scores.Dimensions[1];
                int classes = scores.Dimensions[2];
                var p = new float[anchors, classes];
                {{body}}
                return p;
            }
        }
        """;

    private static string At(string access, string indices) => string.Format(access, indices);

    /// <summary>The per-anchor exps and sums over the classes, shifted by <c>{shift}</c>.</summary>
    private static string Exps(string access, string shift) => $$"""
        for (int a = 0; a < anchors; a++)
        {
            float denominator = 0f;
            for (int c = 0; c < classes; c++)
            {
                p[a, c] = MathF.Exp({{At(access, "0, a, c")}} - {{shift}});
                denominator += p[a, c];
            }

            for (int c = 0; c < classes; c++) p[a, c] /= denominator;
        }
        """;

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task APerClassMaxOverAnchors_ReadThroughAParamsIndexer_IsLG0004(string indexer, string access)
    {
        var body = $$"""
            var classMax = new float[classes];
            for (int c = 0; c < classes; c++)
            {
                float m = float.MinValue;
                for (int a = 0; a < anchors; a++) m = MathF.Max(m, {{At(access, "0, a, c")}});
                classMax[c] = m;
            }

            {{Exps(access, "classMax[c]")}}
            """;
        Assert.Equal(new[] { "LG0004" }, await FixRunner.ReportedIdsAsync(Source(indexer, body)));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task APerClassMaxOverAnchors_InAWhileLoop_ReadThroughAParamsIndexer_IsLG0004(string indexer, string access)
    {
        var body = $$"""
            var classMax = new float[classes];
            int c0 = 0;
            while (c0 < classes)
            {
                float m = float.MinValue;
                int a0 = 0;
                while (a0 < anchors) { if ({{At(access, "0, a0, c0")}} > m) m = {{At(access, "0, a0, c0")}}; a0++; }
                classMax[c0] = m;
                c0++;
            }

            {{Exps(access, "classMax[c]")}}
            """;
        Assert.Equal(new[] { "LG0004" }, await FixRunner.ReportedIdsAsync(Source(indexer, body)));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task AWholeTensorMax_ReadThroughAParamsIndexer_IsLG0001(string indexer, string access)
    {
        var body = $$"""
            float peak = float.MinValue;
            for (int a = 0; a < anchors; a++)
                for (int c = 0; c < classes; c++)
                    peak = MathF.Max(peak, {{At(access, "0, a, c")}});

            {{Exps(access, "peak")}}
            """;
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(indexer, body)));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task APerAnchorMaxOverClasses_ReadThroughAParamsIndexer_IsSilent(string indexer, string access)
    {
        var body = $$"""
            for (int a = 0; a < anchors; a++)
            {
                float m = float.MinValue;
                for (int c = 0; c < classes; c++) m = MathF.Max(m, {{At(access, "0, a, c")}});
                float denominator = 0f;
                for (int c = 0; c < classes; c++)
                {
                    p[a, c] = MathF.Exp({{At(access, "0, a, c")}} - m);
                    denominator += p[a, c];
                }

                for (int c = 0; c < classes; c++) p[a, c] /= denominator;
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(indexer, body)));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task APerAnchorMaxIntoAnArray_ReadThroughAParamsIndexer_IsSilent(string indexer, string access)
    {
        var body = $$"""
            var anchorMax = new float[anchors];
            for (int a = 0; a < anchors; a++)
            {
                anchorMax[a] = float.MinValue;
                for (int c = 0; c < classes; c++) anchorMax[a] = MathF.Max(anchorMax[a], {{At(access, "0, a, c")}});
            }

            {{Exps(access, "anchorMax[a]")}}
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(indexer, body)));
    }

    /// <summary>Channels-first YOLO cells <c>t[0, ch, cy, cx]</c>: a per-cell max over the class channels is correct.</summary>
    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task APerCellMaxOverChannels_ReadThroughAFourIndexParamsIndexer_IsSilent(string indexer, string access)
    {
        var source = Source(indexer, "").Replace("public static float[,] Probabilities", "public static float[,] Unused") + $$"""

            public static class Yolo
            {
                public static float[] Cell(DenseTensor<float> scores, int cy, int cx, int classes)
                {
                    var p = new float[classes];
                    float m = float.MinValue;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, {{At(access, "0, 5 + c, cy, cx")}});
                    float s = 0f;
                    for (int c = 0; c < classes; c++) { p[c] = MathF.Exp({{At(access, "0, 5 + c, cy, cx")}} - m); s += p[c]; }
                    for (int c = 0; c < classes; c++) p[c] /= s;
                    return p;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }
}
