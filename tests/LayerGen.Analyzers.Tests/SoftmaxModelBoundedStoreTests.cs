using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Bounds carried through a buffer (SoftmaxModel.BoundedStores.cs; HeldOut72 <c>CosineBounded256_RetrievalScores</c>):
/// <c>row[k] = 20f * TensorPrimitives.CosineSimilarity(q, key)</c> stored first, exponentiated later from the buffer
/// (a scalar loop, or <c>Vector*.Exp(LoadUnsafe(ref r0, j))</c> with a scalar tail) is in [−20, 20] and silent, as a
/// stored <c>tanh</c> is. The bound holds only while every value stored into the buffer is bounded: a raw copy of the
/// logits or an unknown value (a local function's score) stored into the same buffer makes the exp LG0003; a cosine
/// scaled past what the type's exp can hold, or an unbounded library dot product, is LG0003 too. A clamp applied in
/// place after a raw copy (<c>z[k] = Min(z[k], 60)</c>) still bounds every element. Numerical labels: each LG0003 case
/// overflows (or gives 0/0) for logits or dot products of ±1000; each silent case stays finite for any input.
/// </summary>
public class SoftmaxModelBoundedStoreTests
{
    /// <summary>Element types with their math class and the literal for the inverse temperature 20.</summary>
    public static TheoryData<string, string, string> Types => new()
    {
        { "float", "MathF", "20f" },
        { "double", "Math", "20.0" },
    };

    /// <summary>Widths of the vector exp over the stored row, with the element type.</summary>
    public static TheoryData<string, string, string> Widths => new()
    {
        { "Vector128", "float", "MathF" },
        { "Vector256", "float", "MathF" },
        { "Vector512", "float", "MathF" },
        { "Vector256", "double", "Math" },
    };

    private static string Rows(string t, string math, string store, string marker) => $$"""
        using System;
        using System.Numerics.Tensors;

        public static class Repro
        {
            public static void Weights({{t}}[] queries, {{t}}[] keys, {{t}}[] logits, {{t}}[] weights, int dim)
            {
                int nq = queries.Length / dim, nk = keys.Length / dim;
                for (int q = 0; q < nq; q++)
                {
                    Span<{{t}}> row = weights.AsSpan(q * nk, nk);
                    ReadOnlySpan<{{t}}> query = queries.AsSpan(q * dim, dim);
                    for (int k = 0; k < nk; k++)
                    {
                        {{store}}
                    }
                    {{t}} sum = 0;
                    for (int j = 0; j < nk; j++)
                {
                    row[j] = {{math}}.Exp(row[j]);{{marker}}
                    sum += row[j];
                }
                    for (int j = 0; j < nk; j++) row[j] /= sum;
                }
            }
        }
        """;

    private static string Cosine(string scale) => $"{scale} * TensorPrimitives.CosineSimilarity(query, keys.AsSpan(k * dim, dim))";

    [Theory]
    [MemberData(nameof(Types))]
    public Task StoredScaledCosines_ScalarExp_IsSilent(string t, string math, string scale) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(Rows(t, math, $"row[k] = {Cosine(scale)};", ""));

    [Theory]
    [MemberData(nameof(Types))]
    public Task StoredCosinesThroughALocal_ScalarExp_IsSilent(string t, string math, string scale) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(Rows(t, math, $"{t} s = {Cosine(scale)}; row[k] = s;", ""));

    [Theory]
    [MemberData(nameof(Types))]
    public Task StoredCosinesMixedWithRawLogits_IsLG0003(string t, string math, string scale) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(Rows(t, math, $"if (k % 2 == 0) row[k] = {Cosine(scale)}; else row[k] = logits[q * nk + k];", " //~ LG0003"));

    [Theory]
    [MemberData(nameof(Types))]
    public Task StoredCosinesOverwrittenByRawLogitsInALaterLoop_IsLG0003(string t, string math, string scale) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(Rows(t, math, $"row[k] = {Cosine(scale)}; }} for (int k = 0; k < nk / 2; k++) {{ row[k] = logits[q * nk + k];", " //~ LG0003"));

    [Theory]
    [MemberData(nameof(Types))]
    public Task StoredCosinesMixedWithALocalFunctionsScore_IsLG0003(string t, string math, string scale) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(Rows(t, math, $"if (k % 2 == 0) row[k] = {Cosine(scale)}; else row[k] = Score(k); {t} Score(int i) => logits[q * nk + i] * 3;", " //~ LG0003"));

    [Theory]
    [MemberData(nameof(Types))]
    public Task StoredTanhMixedWithRawLogits_IsLG0003(string t, string math, string scale) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(Rows(t, math, $"if (k % 2 == 0) row[k] = {scale} * {math}.Tanh(logits[q * nk + k]); else row[k] = logits[q * nk + k];", " //~ LG0003"));

    [Theory]
    [MemberData(nameof(Types))]
    public Task StoredTanh_IsSilent(string t, string math, string scale) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(Rows(t, math, $"row[k] = {scale} * {math}.Tanh(logits[q * nk + k]);", ""));

    [Theory]
    [MemberData(nameof(Types))]
    public Task StoredLibraryDotProducts_AreLG0003(string t, string math, string scale) =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(Rows(t, math, $"row[k] = {scale} * TensorPrimitives.Dot(query, keys.AsSpan(k * dim, dim));", " //~ LG0003"));

    [Fact]
    public Task StoredCosinesScaledPastTheFloatRange_AreLG0003() =>
        SourceMarkers.AssertAnalyzerReportsMarkersAsync(Rows("float", "MathF", $"row[k] = {Cosine("100f")};", " //~ LG0003"));

    /// <summary>A copy of the logits clamped in place afterwards: every element is bounded, whatever was stored first.</summary>
    [Theory]
    [MemberData(nameof(Types))]
    public Task RawCopyClampedInPlace_IsSilent(string t, string math, string scale) => SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
        using System;

        public static class Repro
        {
            public static void F({{t}}[] logits, {{t}}[] z)
            {
                for (int k = 0; k < z.Length; k++) z[k] = logits[k];
                for (int k = 0; k < z.Length; k++) z[k] = {{math}}.Min(z[k], {{scale}});
                {{t}} sum = 0;
                for (int j = 0; j < z.Length; j++) { z[j] = {{math}}.Exp(z[j]); sum += z[j]; }
                for (int j = 0; j < z.Length; j++) z[j] /= sum;
            }
        }
        """);

    /// <summary>
    /// The corpus shape: cosines stored into the output row, a vector exp of the row through <c>LoadUnsafe</c> stored back
    /// with <c>StoreUnsafe</c>, a scalar tail <c>row[j] = Exp(row[j])</c>. Silent; with raw logits stored into the row
    /// too, the tail's exp is LG0003.
    /// </summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task StoredCosines_VectorExpWithScalarTail_SilentUnlessRawLogitsAreStoredToo(string vec, string t, string math)
    {
        string Source(string extra, string marker) => $$"""
            using System;
            using System.Numerics.Tensors;
            using System.Runtime.InteropServices;
            using System.Runtime.Intrinsics;

            public static class Repro
            {
                public static void Weights({{t}}[] queries, {{t}}[] keys, {{t}}[] logits, {{t}}[] weights, int dim)
                {
                    int nq = queries.Length / dim, nk = keys.Length / dim;
                    for (int q = 0; q < nq; q++)
                    {
                        ReadOnlySpan<{{t}}> query = queries.AsSpan(q * dim, dim);
                        Span<{{t}}> row = weights.AsSpan(q * nk, nk);
                        for (int k = 0; k < nk; k++)
                        {
                            row[k] = ({{t}})20 * TensorPrimitives.CosineSimilarity(query, keys.AsSpan(k * dim, dim));
                        }
                        {{extra}}
                        ref {{t}} r0 = ref MemoryMarshal.GetReference(row);
                        var acc = {{vec}}<{{t}}>.Zero;
                        int j = 0;
                        for (; j + {{vec}}<{{t}}>.Count <= nk; j += {{vec}}<{{t}}>.Count)
                        {
                            var e = {{vec}}.Exp({{vec}}.LoadUnsafe(ref r0, (nuint)j));
                            e.StoreUnsafe(ref r0, (nuint)j);
                            acc += e;
                        }
                        {{t}} sum = {{vec}}.Sum(acc);
                        for (; j < nk; j++)
                        {
                            row[j] = {{math}}.Exp(row[j]);{{marker}}
                            sum += row[j];
                        }
                        TensorPrimitives.Divide(row, sum, row);
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("if (nk > 0) row[0] = logits[q * nk];", " //~ LG0003"));
    }

    /// <summary>Broken code around stored cosines never throws (no AD0001).</summary>
    [Fact]
    public async Task BrokenStores_NeverThrow()
    {
        const string source = """
            using System;
            using System.Numerics.Tensors;

            public static class Repro
            {
                public static void F(float[] q, float[] keys, float[] w)
                {
                    for (int k = 0; k < w.Length; k++) w[k] = 20f * TensorPrimitives.CosineSimilarity(q, );
                    for (int k = 0; k < w.Length; k++) w[k] = TensorPrimitives.CosineSimilarity(q);
                    for (int k = 0; k < w.Length; k++) missing[k] = 20f * TensorPrimitives.CosineSimilarity(q, keys);
                    float s = 0;
                    for (int j = 0; j < w.Length; j++) { w[j] = MathF.Exp(w[j]); s += w[j]; }
                    for (int j = 0; j < w.Length; j++) w[j] /= s;
                }
            }
            """;
        var compilation = FixRunner.CompileRecreation(source);
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
