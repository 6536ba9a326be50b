using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on pointer walks bounded by <c>base + extent</c>: they map to the same dimensions as the index
/// walk <c>for (i = 0; i &lt; extent; i++) base[i]</c>, whatever the spelling (an end pointer local, <c>p != end</c>,
/// <c>while (p &lt; end) … *p++</c>, backwards from <c>base + extent - 1</c>). Over a whole <c>[fields, fields]</c>
/// head block they fold the block's row stride too (so the peak spans more than a row's sum: LG0001, not LG0004);
/// over one row they fold the row.
/// </summary>
public class SoftmaxModelPointerWalkTests
{
    [Theory]
    [InlineData("for (float* p = head; p < head + block; p++) peak = MathF.Max(peak, *p);")]
    [InlineData("float* end = head + block; for (float* p = head; p < end; p++) peak = MathF.Max(peak, *p);")]
    [InlineData("for (float* p = head; p != head + block; ++p) if (*p > peak) peak = *p;")]
    [InlineData("float* p = head; float* end = p + block; while (p < end) peak = MathF.Max(peak, *p++);")]
    [InlineData("for (float* p = head + block - 1; p >= head; p--) peak = MathF.Max(peak, *p);")]
    [InlineData("for (int i = 0; i < block; i++) peak = MathF.Max(peak, head[i]);")]
    public void WalkOverAHeadBlock_FoldsTheRowStride(string walk)
    {
        var model = Describe(HeadLoop(walk, perRow: false));
        Assert.Contains("| sum sum {s.s:1} | max peak {s.s:1,s.s:fields} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("for (float* p = row; p < row + fields; p++) peak = MathF.Max(peak, *p);")]
    [InlineData("float* end = row + fields; for (float* p = row; p != end; ++p) if (*p > peak) peak = *p;")]
    [InlineData("float* p = row; float* end = p + fields; while (p < end) peak = MathF.Max(peak, *p++);")]
    [InlineData("for (float* p = row + fields - 1; p >= row; p--) peak = MathF.Max(peak, *p);")]
    public void WalkOverOneRow_FoldsTheRow(string walk)
    {
        var model = Describe(HeadLoop(walk, perRow: true));
        Assert.Contains("| sum sum {s.s:1} | max peak {s.s:1} |", model, StringComparison.Ordinal);
    }

    private static string HeadLoop(string walk, bool perRow)
    {
        var rowPeak = perRow ? $"float peak = float.NegativeInfinity; {walk}" : string.Empty;
        var headPeak = perRow ? string.Empty : $"float peak = float.NegativeInfinity; {walk}";
        return $$"""
            static unsafe void F(float* s, int heads, int fields, float* w) {
                int block = fields * fields;
                for (int h = 0; h < heads; h++) {
                    float* head = s + h * block;
                    {{headPeak}}
                    for (int q = 0; q < fields; q++) {
                        float* row = head + q * fields;
                        {{rowPeak}}
                        float sum = 0f;
                        for (int k = 0; k < fields; k++) sum += w[h * block + q * fields + k] = MathF.Exp(row[k] - peak);
                        for (int k = 0; k < fields; k++) w[h * block + q * fields + k] /= sum;
                    }
                }
            }
            """;
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        static class C {
        {{method}}
        }
        """).Single().Value;
}
