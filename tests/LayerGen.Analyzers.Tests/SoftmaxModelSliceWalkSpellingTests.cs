using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Other spellings of a flat fold over a whole-block slice (<c>cloud = logits.Slice(start, parts * points)</c>): the
/// walk counted down from <c>cloud.Length - 1</c> and a <c>foreach</c> over the slice fold the block's axes as the
/// counted-up walk to <c>cloud.Length</c> does (LG0001 in either layout, never LG0004). The same spellings over one
/// point's slice stay silent.
/// </summary>
public class SoftmaxModelSliceWalkSpellingTests
{
    /// <summary>A batch of clouds as slices of a span; <c>{0}</c> is the peak, <c>{1}</c> the element of part c of point p.</summary>
    private const string SpanClouds = """
        using System;
        static class C {
            static void F(ReadOnlySpan<float> logits, int parts, int points, Span<float> probabilities) {
                int stride = parts * points;
                for (int start = 0; start + stride <= logits.Length; start += stride) {
                    ReadOnlySpan<float> cloud = logits.Slice(start, stride);
                    Span<float> output = probabilities.Slice(start, stride);
        {0}
                    for (int p = 0; p < points; p++) {
                        float sum = 0f;
                        for (int c = 0; c < parts; c++) { float e = MathF.Exp(cloud[{1}] - peak); output[{1}] = e; sum += e; }
                        for (int c = 0; c < parts; c++) output[{1}] /= sum;
                    }
                }
            }
        }
        """;

    [Theory]
    [InlineData("float peak = float.NegativeInfinity; for (int i = cloud.Length - 1; i >= 0; i--) peak = MathF.Max(peak, cloud[i]); //~ LG0001", "c * points + p")]
    [InlineData("float peak = float.NegativeInfinity; for (int i = cloud.Length - 1; i >= 0; i--) peak = MathF.Max(peak, cloud[i]); //~ LG0001", "p * parts + c")]
    [InlineData("float peak = float.NegativeInfinity; for (int i = cloud.Length - 1; i > -1; --i) peak = cloud[i] > peak ? cloud[i] : peak; //~ LG0001", "c * points + p")]
    [InlineData("float peak = float.NegativeInfinity; foreach (var v in cloud) peak = MathF.Max(peak, v); //~ LG0001", "c * points + p")]
    [InlineData("float peak = float.NegativeInfinity; foreach (float v in cloud) peak = MathF.Max(peak, v); //~ LG0001", "p * parts + c")]
    [InlineData("float peak = float.NegativeInfinity; foreach (var v in cloud) peak = v > peak ? v : peak; //~ LG0001", "p * parts + c")]
    public async Task CountDownOrForEachOverAWholeCloudSlice_IsTooWide(string peak, string element) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(SpanClouds.Replace("{0}", peak).Replace("{1}", element));

    [Theory]
    [InlineData("for (int i = row.Length - 1; i >= 0; i--) peak = MathF.Max(peak, row[i]);")]
    [InlineData("foreach (var v in row) peak = MathF.Max(peak, v);")]
    public async Task CountDownOrForEachOverOnePointSlice_StaysSilent(string fold) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(SpanClouds.Replace("{1}", "p * parts + c").Replace("{0}", "").Replace(
            "float sum = 0f;",
            "ReadOnlySpan<float> row = cloud.Slice(p * parts, parts); float peak = float.NegativeInfinity; " + fold + " float sum = 0f;")));

    /// <summary>An array's NCHW image blocks by <c>AsSpan(offset, classes * pixels)</c>, walked by <c>foreach</c>: LG0001.</summary>
    [Fact]
    public async Task ForEachOverAWholeImageBlockOfAnArray_IsTooWide() =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
            using System;
            static class C {
                static void F(float[] scores, int images, int classes, int pixels, float[] y) {
                    for (int n = 0; n < images; n++) {
                        int offset = n * classes * pixels;
                        Span<float> map = scores.AsSpan(offset, classes * pixels);
                        float top = float.NegativeInfinity;
                        foreach (float v in map) top = MathF.Max(top, v); //~ LG0001
                        for (int q = 0; q < pixels; q++) {
                            float total = 0f;
                            for (int c = 0; c < classes; c++) { y[offset + c * pixels + q] = MathF.Exp(scores[offset + c * pixels + q] - top); total += y[offset + c * pixels + q]; }
                            for (int c = 0; c < classes; c++) y[offset + c * pixels + q] /= total;
                        }
                    }
                }
            }
            """);
}
