using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Opaque values stored into a buffer before its exps (HeldOut72's false LG0003 <c>CosineBounded256_RetrievalScores</c>):
/// <c>row[k] = 20 * TensorPrimitives.CosineSimilarity(q, key)</c>, then a vector exp block
/// (<c>Vector256.Exp(LoadUnsafe(ref r0, j))</c> stored back with <c>StoreUnsafe</c>, <c>Vector.Exp(…).CopyTo(…)</c>) and
/// a scalar tail <c>row[j] = MathF.Exp(row[j])</c>. Exponentiated directly the library call is not read as raw logits;
/// through the store it was (the read fell back to the buffer's incoming data). Now the store keeps what the value is:
/// silent for the library scores, whatever the layout of the store (span row, flat index, jagged row) and the exp
/// block's width and element type; still LG0003 when the stored scores are readable raw data (a dot-product loop) or
/// when the opaque scores went to another buffer and the raw logits are exponentiated.
/// </summary>
public class SoftmaxModelOpaqueStoreTests
{
    /// <summary>Exp blocks over <c>Span&lt;T&gt; row</c>: element type, then the block's code.</summary>
    public static TheoryData<string, string> ExpBlocks => new()
    {
        { "float", "V256" },
        { "double", "V256" },
        { "float", "V128" },
        { "double", "V512" },
        { "float", "VT" },
        { "double", "VT" },
        { "float", "Scalar" },
        { "double", "Scalar" },
    };

    /// <summary>How the scores are stored: into the span row, at a flat index, into a jagged row.</summary>
    public static TheoryData<string> StoreLayouts => new() { "span", "flat", "jagged" };

    private static string Block(string t, string kind)
    {
        var math = t == "float" ? "MathF" : "Math";
        var vec = kind switch
        {
            "V128" => "Vector128",
            "V512" => "Vector512",
            _ => "Vector256",
        };
        return kind switch
        {
            "Scalar" => $$"""
                        {{t}} sum = 0;
                        for (int j = 0; j < row.Length; j++)
                        {
                            row[j] = {{math}}.Exp(row[j]); //~ EXP
                            sum += row[j];
                        }
                        for (int j = 0; j < row.Length; j++) row[j] /= sum;
                """,
            "VT" => $$"""
                        Vector<{{t}}> acc = Vector<{{t}}>.Zero;
                        int j = 0;
                        for (; j + Vector<{{t}}>.Count <= row.Length; j += Vector<{{t}}>.Count)
                        {
                            Vector<{{t}}> e = Vector.Exp(new Vector<{{t}}>(row.Slice(j)));
                            e.CopyTo(row.Slice(j));
                            acc += e;
                        }
                        {{t}} sum = Vector.Sum(acc);
                        for (; j < row.Length; j++)
                        {
                            row[j] = {{math}}.Exp(row[j]); //~ EXP
                            sum += row[j];
                        }
                        TensorPrimitives.Divide(row, sum, row);
                """,
            _ => $$"""
                        ref {{t}} r0 = ref MemoryMarshal.GetReference(row);
                        {{vec}}<{{t}}> acc = {{vec}}<{{t}}>.Zero;
                        int j = 0;
                        for (; j + {{vec}}<{{t}}>.Count <= row.Length; j += {{vec}}<{{t}}>.Count)
                        {
                            {{vec}}<{{t}}> e = {{vec}}.Exp({{vec}}.LoadUnsafe(ref r0, (nuint)j));
                            e.StoreUnsafe(ref r0, (nuint)j);
                            acc += e;
                        }
                        {{t}} sum = {{vec}}.Sum(acc);
                        for (; j < row.Length; j++)
                        {
                            row[j] = {{math}}.Exp(row[j]); //~ EXP
                            sum += row[j];
                        }
                        TensorPrimitives.Divide(row, sum, row);
                """,
        };
    }

    /// <summary>
    /// A retrieval softmax whose scores are stored by <paramref name="layout"/> and exponentiated by the block
    /// <paramref name="kind"/>; <paramref name="cosine"/> picks the scores: <c>20 · CosineSimilarity</c> (in [−20, 20])
    /// or a raw dot product summed in a loop.
    /// </summary>
    private static string Retrieval(string t, string kind, string layout, bool cosine, string marker)
    {
        var score = cosine
            ? $"20 * TensorPrimitives.CosineSimilarity(query, keys.AsSpan(k * dim, dim))"
            : "Dot(query, keys.AsSpan(k * dim, dim))";
        var (parameter, rowOf, target) = layout switch
        {
            "flat" => ($"{t}[] weights", "weights.AsSpan(q * nk, nk)", "weights[q * nk + k]"),
            "jagged" => ($"{t}[][] weights", "weights[q]", "weights[q][k]"),
            _ => ($"{t}[] weights", "weights.AsSpan(q * nk, nk)", "row[k]"),
        };
        var block = Block(t, kind).Replace("//~ EXP", marker);
        return $$"""
            using System;
            using System.Numerics;
            using System.Numerics.Tensors;
            using System.Runtime.InteropServices;
            using System.Runtime.Intrinsics;

            public static class Retrieval
            {
                public static void Weights({{t}}[] queries, {{t}}[] keys, {{parameter}}, int dim)
                {
                    int nq = queries.Length / dim, nk = keys.Length / dim;
                    for (int q = 0; q < nq; q++)
                    {
                        ReadOnlySpan<{{t}}> query = queries.AsSpan(q * dim, dim);
                        Span<{{t}}> row = {{rowOf}};
                        for (int k = 0; k < nk; k++)
                        {
                            {{target}} = {{score}};
                        }

            {{block}}
                    }
                }

                private static {{t}} Dot(ReadOnlySpan<{{t}}> a, ReadOnlySpan<{{t}}> b)
                {
                    {{t}} dot = 0;
                    for (int d = 0; d < a.Length; d++) dot += a[d] * b[d];
                    return dot;
                }
            }
            """;
    }

    /// <summary>
    /// <c>20 · cos</c> stored, then exponentiated by the vector block and the scalar tail: silent (every exponent lies in
    /// [−20, 20]); on main the tail's exp was LG0003.
    /// </summary>
    [Theory]
    [MemberData(nameof(ExpBlocks))]
    public async Task CosineScoresStoredInSpanRow_Silent(string t, string kind) =>
        await AssertMarked(Retrieval(t, kind, "span", cosine: true, marker: ""));

    /// <summary>The same with the scores stored at a flat index and into a jagged row: silent.</summary>
    [Theory]
    [MemberData(nameof(StoreLayouts))]
    public async Task CosineScoresStoredAnyLayout_Silent(string layout)
    {
        await AssertMarked(Retrieval("float", "V256", layout, cosine: true, marker: ""));
        await AssertMarked(Retrieval("double", "Scalar", layout, cosine: true, marker: ""));
    }

    /// <summary>
    /// The twin: raw dot products stored (readable data, unbounded) and exponentiated by the same blocks: LG0003 at the
    /// scalar exp (q = [1000], k = [1]: exp(1000) overflows).
    /// </summary>
    [Theory]
    [MemberData(nameof(StoreLayouts))]
    public async Task RawDotScoresStored_LG0003(string layout)
    {
        await AssertMarked(Retrieval("float", "Scalar", layout, cosine: false, marker: "//~ LG0003"));
        await AssertMarked(Retrieval("double", "Scalar", layout, cosine: false, marker: "//~ LG0003"));
    }

    /// <summary>
    /// Opaque scores go to their own buffer (<c>scratch</c>); the exps read the raw logits <c>x</c>: still LG0003 (the
    /// store marks only the buffer it writes), in a scalar and a Vector256 spelling.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF")]
    [InlineData("double", "Math")]
    public async Task OpaqueScoresElsewhere_RawLogitsStillLG0003(string t, string math)
    {
        var source = $$"""
            using System;
            using System.Numerics.Tensors;

            public static class Repro
            {
                public static void Rows({{t}}[] x, {{t}}[] y, {{t}}[] scratch, {{t}}[] keys, int rows, int cols)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        ReadOnlySpan<{{t}}> logits = x.AsSpan(r * cols, cols);
                        for (int k = 0; k < cols; k++)
                            scratch[r * cols + k] = 20 * TensorPrimitives.CosineSimilarity(logits, keys.AsSpan(k * cols, cols));
                        {{t}} sum = 0;
                        for (int j = 0; j < cols; j++)
                        {
                            y[r * cols + j] = {{math}}.Exp(x[r * cols + j]); //~ LG0003
                            sum += y[r * cols + j];
                        }
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= sum;
                    }
                }
            }
            """;
        await AssertMarked(source);
    }

    private static async Task<List<string>> Ids(string source)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (await FixRunner.AnalyzeAsync(compilation))
            .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}")
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
    }

    private static async Task AssertMarked(string source) =>
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await Ids(source));
}
