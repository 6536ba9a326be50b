using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Aligned copies (HeldOut20 <c>LogitBiasSampler_PeakOverBatch</c>): a whole-buffer, element-for-element copy
/// (<c>TensorPrimitives.Divide(x, t, y)</c>, <c>Multiply</c>, a unary call such as <c>Negate</c>, <c>CopyTo</c>,
/// <c>Array.Copy(x, y, x.Length)</c>) makes the destination's rows its source's rows, so a maximum over the whole
/// destination spans the row slices a softmax reads, even when the source's row stride was seen first (a bias loop
/// over <c>x[b * vocab + token]</c>). A maximum over each row slice of the copy stays silent.
/// </summary>
public class SoftmaxModelAlignedCopyTests
{
    /// <summary>A bias loop writes <c>logits</c> row by row, FILL copies it into <c>scaled</c>, PEAK is the shift.</summary>
    private static string Sampler(string fill, string peak, string rowPeak) => $$"""
        using System;
        using System.Numerics.Tensors;
        static class C {
            static void F(float[] logits, int batch, int vocab, float t, float[] probs) {
                float[] scaled = new float[logits.Length];
                for (int b = 0; b < batch; b++) logits[b * vocab + 1] += 0.5f;
                {{fill}}
                {{peak}}
                for (int b = 0; b < batch; b++) {
                    ReadOnlySpan<float> row = scaled.AsSpan(b * vocab, vocab);
                    {{rowPeak}}
                    Span<float> p = probs.AsSpan(b * vocab, vocab);
                    float z = 0f;
                    for (int i = 0; i < row.Length; i++) { p[i] = MathF.Exp(row[i] - peak); z += p[i]; }
                    for (int i = 0; i < p.Length; i++) p[i] /= z;
                }
            }
        }
        """;

    public static TheoryData<string, string> Fills() => new()
    {
        { "TensorPrimitives.Divide(logits, t, scaled);", "TensorPrimitives.Max(scaled)" },
        { "TensorPrimitives.Multiply(logits, 1f / t, scaled);", "TensorPrimitives.Max(scaled)" },
        { "TensorPrimitives.Add(logits, -t, scaled);", "TensorPrimitives.Max(scaled)" },
        { "TensorPrimitives.Negate(logits, scaled);", "TensorPrimitives.Max(scaled)" },
        { "logits.AsSpan().CopyTo(scaled);", "TensorPrimitives.Max(scaled)" },
        { "logits.CopyTo(scaled.AsSpan());", "TensorPrimitives.Max(scaled)" },
        { "Array.Copy(logits, scaled, logits.Length);", "TensorPrimitives.Max(scaled)" },
        { "TensorPrimitives.Divide(logits, t, scaled);", "System.Linq.Enumerable.Max(scaled)" },
        { "TensorPrimitives.Divide(logits, t, scaled);", "MaxLoop(scaled)" },
    };

    [Theory]
    [MemberData(nameof(Fills))]
    public async Task WholePeakOfAnAlignedCopy_SpansTheRows(string fill, string peak)
    {
        var peakLine = peak == "MaxLoop(scaled)"
            ? "float peak = float.MinValue; for (int k = 0; k < scaled.Length; k++) peak = MathF.Max(peak, scaled[k]);"
            : $"float peak = {peak};";
        Assert.Equal("LG0001@8", await Reported(Sampler(fill, peakLine, "")));
    }

    [Theory]
    [MemberData(nameof(Fills))]
    public async Task PeakOfEachRowOfAnAlignedCopy_IsSilent(string fill, string peak)
    {
        _ = peak;
        Assert.Equal(string.Empty, await Reported(Sampler(fill, "", "float peak = TensorPrimitives.Max(row);")));
    }

    [Fact]
    public void AlignedCopy_SharesTheSourceRowStride()
    {
        var models = ModelDescriptions.Of(Sampler("TensorPrimitives.Divide(logits, t, scaled);", "float peak = TensorPrimitives.Max(scaled);", ""));
        Assert.Equal("site p[i] /= z | dims {logits.s:vocab,scaled.s:1} | sum z {scaled.s:1} | max peak {logits.s:vocab,scaled.s:1} | exps 1\n", models["F"]);
    }

    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source));
}
