using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Loop spellings the equivalent-rewrite corpus test turned up (<see cref="EquivalentRewriteCorpusTests"/>): a loop
/// counting down over a whole buffer, a row offset stepped by <c>o = o + cols</c>, a <c>while</c> loop's extent, and an
/// online softmax's rescale factor computed into a temporary. Each bug has a silent correct twin.
/// </summary>
public class LoopSpellingTests
{
    [Fact]
    public Task CountingDown_OverTheWholeFlatBuffer_IsAGlobalSum() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int cols)
            {
                for (int o = 0; o < x.Length; o += cols)
                {
                    float max = float.NegativeInfinity;
                    for (int j = cols - 1; j >= 0; j--) max = MathF.Max(max, x[o + j]);
                    for (int j = cols - 1; j >= 0; j--) y[o + j] = MathF.Exp(x[o + j] - max);
                }

                float sum = 0f;
                for (int k = y.Length - 1; k > -1; --k) {|LG0002:sum += y[k]|};
                for (int k = y.Length - 1; k >= 0; k--) y[k] /= sum;
            }
        }
        """);

    [Fact]
    public Task CountingDown_PerRow_IsSilent() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int cols)
            {
                for (int o = 0; o < x.Length; o += cols)
                {
                    float max = float.NegativeInfinity;
                    for (int j = cols - 1; j >= 0; j--) max = MathF.Max(max, x[o + j]);
                    float sum = 0f;
                    int k = cols - 1;
                    while (k >= 0) { y[o + k] = MathF.Exp(x[o + k] - max); sum += y[o + k]; k = k - 1; }
                    for (int j = cols - 1; 0 <= j; j -= 1) y[o + j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task OffsetSteppedByExplicitAddition_IsARowStride() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(ReadOnlySpan<float> x, Span<float> y, int classes)
            {
                for (int offset = 0; offset < x.Length; offset = offset + classes)
                {
                    float max = float.NegativeInfinity;
                    for (int j = 0; j < classes; j++) max = MathF.Max(max, x[offset + j]);
                    for (int j = 0; j < classes; j++) y[offset + j] = MathF.Exp(x[offset + j] - max);
                }

                float sum = 0f;
                for (int k = 0; k < y.Length; k++) {|LG0002:sum += y[k]|};
                for (int k = 0; k < y.Length; k++) y[k] /= sum;
            }

            static void PerRow(ReadOnlySpan<float> x, Span<float> y, int classes)
            {
                for (int offset = 0; offset < x.Length; offset = classes + offset)
                {
                    float max = float.NegativeInfinity;
                    for (int j = 0; j < classes; j++) max = MathF.Max(max, x[offset + j]);
                    float sum = 0f;
                    for (int j = 0; j < classes; j++) { y[offset + j] = MathF.Exp(x[offset + j] - max); sum += y[offset + j]; }
                    for (int j = 0; j < classes; j++) y[offset + j] /= sum;
                }
            }
        }
        """);

    [Fact]
    public Task WhileLoopExtent_ShorterThanTheSums_IsAMaxOverAnotherAxis() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] o, int batch, int channels, int width)
            {
                for (int b = 0; b < batch; b++)
                {
                    float max = float.NegativeInfinity;
                    int c = 0;
                    while (c < channels)
                    {
                        float v = x[b * width + c];
                        {|LG0004:if (v > max) max = v;|}
                        c++;
                    }

                    float sum = 0f;
                    int k = 0;
                    while (k < width) { sum += MathF.Exp(x[b * width + k] - max); k = k + 1; }
                    for (int j = 0; j < width; j++) o[b * width + j] = MathF.Exp(x[b * width + j] - max) / sum;
                }
            }

            static void SameExtent(float[] x, float[] o, int batch, int width)
            {
                for (int b = 0; b < batch; b++)
                {
                    float max = float.NegativeInfinity;
                    int c = 0;
                    while (c < width) { max = MathF.Max(max, x[b * width + c]); c++; }
                    float sum = 0f;
                    int k = 0;
                    while (k < width) { sum += MathF.Exp(x[b * width + k] - max); k += 1; }
                    for (int j = 0; j < width; j++) o[b * width + j] = MathF.Exp(x[b * width + j] - max) / sum;
                }
            }
        }
        """);

    [Fact]
    public Task OnlineRescaleThroughATemporary_RestartAtInfinity_IsSilent() => Verify.AnalyzerAsync("""
        using System;
        static class S
        {
            static void Softmax(float[] x, float[] y, int cols)
            {
                float d = 0f;
                for (int o = 0; o < x.Length; o += cols)
                {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < cols; j++)
                    {
                        float next = MathF.Max(m, x[o + j]);
                        float shift = m - next;
                        d = d * MathF.Exp(shift) + MathF.Exp(x[o + j] - next);
                        m = next;
                    }

                    for (int j = 0; j < cols; j++) y[o + j] = MathF.Exp(x[o + j] - m) / d;
                }
            }
        }
        """);
}
