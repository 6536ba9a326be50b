using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A flat fold over a whole multi-axis block (one loop over a cloud's <c>[parts, points]</c> block, also bounded by the
/// length of a slice of that block) spans every axis its extent covers: with the softmax over one of them it is a maximum
/// over more than the softmax axis (LG0001), in either layout, never a maximum along another axis (LG0004). A flat fold
/// over exactly one softmax slice stays silent; one over a slice along another axis stays LG0004.
/// </summary>
public class SoftmaxModelFlatBlockFoldTests
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
    [InlineData("float peak = cloud[0]; for (int i = 1; i < cloud.Length; i++) { if (cloud[i] > peak) peak = cloud[i]; } //~ LG0001", "c * points + p")]
    [InlineData("float peak = float.NegativeInfinity; for (int i = 0; i < cloud.Length; i++) peak = MathF.Max(peak, cloud[i]); //~ LG0001", "c * points + p")]
    [InlineData("float peak = float.NegativeInfinity; for (int i = 0; i < cloud.Length; i++) peak = cloud[i] > peak ? cloud[i] : peak; //~ LG0001", "c * points + p")]
    [InlineData("float peak = cloud[0]; for (int i = 1; i < cloud.Length; i++) { if (cloud[i] > peak) peak = cloud[i]; } //~ LG0001", "p * parts + c")]
    [InlineData("float peak = float.NegativeInfinity; for (int i = 0; i < cloud.Length; i++) peak = MathF.Max(peak, cloud[i]); //~ LG0001", "p * parts + c")]
    [InlineData("float peak = float.NegativeInfinity; for (int i = 0; i < stride; i++) peak = MathF.Max(peak, cloud[i]); //~ LG0001", "c * points + p")]
    public async Task FlatFoldOverAWholeCloudSlice_IsTooWide(string peak, string element) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(SpanClouds.Replace("{0}", peak).Replace("{1}", element));

    [Theory]
    [InlineData("c * points + p")]
    [InlineData("p * parts + c")]
    public async Task FlatFoldOverAWholeBlockOfAnArray_IsTooWide(string element) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            static class C {
                static void F(float[] logits, int batch, int parts, int points, float[] y) {
                    for (int b = 0; b < batch; b++) {
                        int start = b * parts * points;
                        Span<float> cloud = logits.AsSpan(start, parts * points);
                        float peak = float.NegativeInfinity;
                        for (int i = 0; i < cloud.Length; i++) peak = MathF.Max(peak, cloud[i]); //~ LG0001
                        for (int p = 0; p < points; p++) {
                            float sum = 0f;
                            for (int c = 0; c < parts; c++) { y[start + {{element}}] = MathF.Exp(logits[start + {{element}}] - peak); sum += y[start + {{element}}]; }
                            for (int c = 0; c < parts; c++) y[start + {{element}}] /= sum;
                        }
                    }
                }
            }
            """);

    [Fact]
    public async Task FlatFoldOverOnePointSlice_StaysSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(SpanClouds.Replace("{1}", "p * parts + c").Replace("{0}", "").Replace(
            "float sum = 0f;",
            "ReadOnlySpan<float> row = cloud.Slice(p * parts, parts); float peak = float.NegativeInfinity; for (int i = 0; i < row.Length; i++) peak = MathF.Max(peak, row[i]); float sum = 0f;")));

    [Fact]
    public async Task StridedFoldOverOnePointsParts_StaysSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(SpanClouds.Replace("{1}", "c * points + p").Replace("{0}", "").Replace(
            "float sum = 0f;",
            "float peak = float.NegativeInfinity; for (int k = 0; k < parts; k++) peak = MathF.Max(peak, cloud[k * points + p]); float sum = 0f;")));

    [Fact]
    public async Task FlatFoldOverAPartsPointsSlice_StaysOtherAxis() =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync("""
            using System;
            static class C {
                static void F(float[] logits, int batch, int parts, int points, float[] y) {
                    for (int b = 0; b < batch; b++) {
                        int start = b * parts * points;
                        var peaks = new float[parts];
                        for (int c = 0; c < parts; c++) {
                            Span<float> part = logits.AsSpan(start + c * points, points);
                            peaks[c] = float.NegativeInfinity;
                            for (int i = 0; i < part.Length; i++) peaks[c] = MathF.Max(peaks[c], part[i]); //~ LG0004
                        }
                        for (int p = 0; p < points; p++) {
                            float sum = 0f;
                            for (int c = 0; c < parts; c++) { y[start + c * points + p] = MathF.Exp(logits[start + c * points + p] - peaks[c]); sum += y[start + c * points + p]; }
                            for (int c = 0; c < parts; c++) y[start + c * points + p] /= sum;
                        }
                    }
                }
            }
            """);
}
