using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A pooled buffer holds every request's slot: request r owns <c>pool[offsets[r] .. offsets[r] + len_r)</c>. A walk's
/// extent is its start to its end in the buffer's coordinates: from <c>offsets[r]</c> to <c>offsets[r] + bound</c>. The
/// walk is the slot only when the bound is the slot's length (<c>n</c>, <c>lens[r]</c>, <c>offsets[r + 1] - offsets[r]</c>);
/// a bound that reaches the buffer's end (<c>pool.Length - offsets[r]</c>, <c>offsets[^1]</c>) or exceeds the slot
/// (<c>2 * n</c>) spans every later request's slot too: a sum over it is LG0002, a max LG0001 (the stop-41 review's
/// cases9/W03, W09, cases18/W10-W12, cases7/W05).
/// </summary>
public class SoftmaxModelPoolTailTests
{
    private static string Source(string length, string max, string sum) => $$"""
        using System;

        public sealed class Req { public float[] Logits = Array.Empty<float>(); }

        public static class Pool
        {
            public static void Run(Req[] batch, int[] lens, float[] pool, int[] offsets, float[] outp)
            {
                for (int r = 0; r < batch.Length; r++)
                {
                    int n = {{length}};
                    float m = float.NegativeInfinity;
                    {{max}}
                    float s = 0f;
                    {{sum}}
                    for (int i = 0; i < n; i++) outp[offsets[r] + i] = MathF.Exp(pool[offsets[r] + i] - m) / s;
                }
            }
        }
        """;

    private const string Picked = "batch[r].Logits.Length";
    private const string Listed = "lens[r]";
    private const string SlotMax = "for (int i = 0; i < n; i++) m = MathF.Max(m, pool[offsets[r] + i]);";
    private const string SlotSum = "for (int i = 0; i < n; i++) s += MathF.Exp(pool[offsets[r] + i] - m);";

    /// <summary>The sum walks from the request's start to the end of the pool (or past its slot): LG0002.</summary>
    [Theory]
    [InlineData(Picked, "for (int i = 0; i < pool.Length - offsets[r]; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "for (int i = 0; i < pool.Length - offsets[r]; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Picked, "int rest = pool.Length - offsets[r]; for (int i = 0; i < rest; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "int rest = pool.Length - offsets[r]; for (int i = 0; i < rest; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Picked, "int start = offsets[r]; for (int i = 0; i < pool.Length - start; i++) s += MathF.Exp(pool[start + i] - m);")]
    [InlineData(Listed, "int w = 0; while (w < pool.Length - offsets[r]) { s += MathF.Exp(pool[offsets[r] + w] - m); w++; }")]
    [InlineData(Picked, "for (int i = 0; i < Math.Min(2 * n, pool.Length - offsets[r]); i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "for (int i = 0; i < 2 * n; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Picked, "for (int i = 0; i < 2 * batch[r].Logits.Length; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    public async Task SumPastTheSlot_IsLG0002(string length, string sum) =>
        Assert.Equal(new[] { "LG0002" }, (await FixRunner.ReportedIdsAsync(Source(length, SlotMax, sum))).ToArray());

    /// <summary>The max walks from the request's start to the end of the pool while the sum walks the slot: LG0001.</summary>
    [Theory]
    [InlineData(Picked, "for (int i = 0; i < pool.Length - offsets[r]; i++) m = MathF.Max(m, pool[offsets[r] + i]);")]
    [InlineData(Listed, "int rest = pool.Length - offsets[r]; for (int i = 0; i < rest; i++) m = MathF.Max(m, pool[offsets[r] + i]);")]
    public async Task MaxPastTheSlot_IsLG0001(string length, string max) =>
        Assert.Equal(new[] { "LG0001" }, (await FixRunner.ReportedIdsAsync(Source(length, max, SlotSum))).ToArray());

    /// <summary>
    /// Correct twins: the slot's own length bounds the walk, however spelled, also clamped to the pool's end
    /// (<c>Math.Min(n, pool.Length - offsets[r])</c> never passes the slot).
    /// </summary>
    [Theory]
    [InlineData(Picked, SlotSum)]
    [InlineData(Listed, SlotSum)]
    [InlineData(Picked, "for (int i = 0; i < batch[r].Logits.Length; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "for (int i = 0; i < lens[r]; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "for (int i = 0; i < Math.Min(n, pool.Length - offsets[r]); i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "int w = 0; while (w < n) { s += MathF.Exp(pool[offsets[r] + w] - m); w++; }")]
    [InlineData(Listed, "int start = offsets[r]; for (int i = 0; i < n; i++) s += MathF.Exp(pool[start + i] - m);")]
    [InlineData(Listed, "for (int i = offsets[r]; i < offsets[r] + n; i++) s += MathF.Exp(pool[i] - m);")]
    [InlineData(Listed, "foreach (float v in pool.AsSpan(offsets[r], lens[r])) s += MathF.Exp(v - m);")]
    [InlineData(Picked, "foreach (float v in pool.AsSpan().Slice(offsets[r], n)) s += MathF.Exp(v - m);")]
    public async Task SumOverTheSlot_IsSilent(string length, string sum) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(length, SlotMax, sum)));

    /// <summary>
    /// The walk's extent, whatever the spelling (boundtidy): a flipped condition <c>bound &gt; i</c>, a walk counted down
    /// from <c>bound - 1</c> to 0, the index held in a temporary, the pool read through a span over it or a pinned
    /// pointer. Past the slot: LG0002.
    /// </summary>
    [Theory]
    [InlineData(Picked, "for (int i = 0; pool.Length - offsets[r] > i; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "int rest = pool.Length - offsets[r]; for (int i = 0; rest > i; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "for (int i = 0; 2 * n > i; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "int w = 0; while (pool.Length - offsets[r] > w) { s += MathF.Exp(pool[offsets[r] + w] - m); w++; }")]
    [InlineData(Picked, "for (int i = pool.Length - offsets[r] - 1; i >= 0; i--) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "for (int i = 2 * n - 1; i >= 0; i--) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "int w = pool.Length - offsets[r] - 1; while (w >= 0) { s += MathF.Exp(pool[offsets[r] + w] - m); w--; }")]
    [InlineData(Picked, "for (int i = 0; i < pool.Length - offsets[r]; i++) { int k = offsets[r] + i; s += MathF.Exp(pool[k] - m); }")]
    [InlineData(Listed, "for (int i = pool.Length - offsets[r] - 1; i >= 0; i--) { var k = i + offsets[r]; s += MathF.Exp(pool[k] - m); }")]
    [InlineData(Listed, "Span<float> view = pool; for (int i = 0; i < view.Length - offsets[r]; i++) s += MathF.Exp(view[offsets[r] + i] - m);")]
    public async Task SumPastTheSlotInOtherSpellings_IsLG0002(string length, string sum) =>
        Assert.Equal(new[] { "LG0002" }, (await FixRunner.ReportedIdsAsync(Source(length, SlotMax, sum))).ToArray());

    /// <summary>The max past the slot, counted down or under a flipped condition: LG0001.</summary>
    [Theory]
    [InlineData(Picked, "for (int i = pool.Length - offsets[r] - 1; i >= 0; i--) m = MathF.Max(m, pool[offsets[r] + i]);")]
    [InlineData(Listed, "for (int i = 0; pool.Length - offsets[r] > i; i++) m = MathF.Max(m, pool[offsets[r] + i]);")]
    public async Task MaxPastTheSlotInOtherSpellings_IsLG0001(string length, string max) =>
        Assert.Equal(new[] { "LG0001" }, (await FixRunner.ReportedIdsAsync(Source(length, max, SlotSum))).ToArray());

    /// <summary>Correct twins of the spellings above: the slot's own length bounds the walk.</summary>
    [Theory]
    [InlineData(Listed, "for (int i = 0; n > i; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Picked, "for (int i = n - 1; i >= 0; i--) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "for (int i = Math.Min(n, pool.Length - offsets[r]) - 1; i >= 0; i--) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "for (int i = 0; Math.Min(n, pool.Length - offsets[r]) > i; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData(Listed, "int w = n - 1; while (w >= 0) { s += MathF.Exp(pool[offsets[r] + w] - m); w--; }")]
    [InlineData(Picked, "for (int i = 0; i < n; i++) { int k = offsets[r] + i; s += MathF.Exp(pool[k] - m); }")]
    [InlineData(Listed, "Span<float> view = pool; for (int i = 0; i < n; i++) s += MathF.Exp(view[offsets[r] + i] - m);")]
    public async Task SumOverTheSlotInOtherSpellings_IsSilent(string length, string sum) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(length, SlotMax, sum)));

    private static string Segments(string sum) => $$"""
        using System;

        public static class Segments
        {
            public static void Run(float[] pool, int[] offsets, float[] outp)
            {
                for (int r = 0; r + 1 < offsets.Length; r++)
                {
                    float m = float.NegativeInfinity;
                    for (int i = offsets[r]; i < offsets[r + 1]; i++) m = MathF.Max(m, pool[i]);
                    float s = 0f;
                    {{sum}}
                    for (int i = offsets[r]; i < offsets[r + 1]; i++) outp[i] = MathF.Exp(pool[i] - m) / s;
                }
            }
        }
        """;

    /// <summary>Offsets with count + 1 entries: a sum from the segment's start to the last offset (the total) is LG0002.</summary>
    [Theory]
    [InlineData("for (int i = offsets[r]; i < offsets[^1]; i++) s += MathF.Exp(pool[i] - m);")]
    [InlineData("for (int i = offsets[r]; i < offsets[offsets.Length - 1]; i++) s += MathF.Exp(pool[i] - m);")]
    [InlineData("int end = offsets[^1]; for (int i = offsets[r]; i < end; i++) s += MathF.Exp(pool[i] - m);")]
    public async Task SegmentSumToTheLastOffset_IsLG0002(string sum) =>
        Assert.Equal(new[] { "LG0002" }, (await FixRunner.ReportedIdsAsync(Segments(sum))).ToArray());

    /// <summary>The same to the last offset under a flipped condition or through span views (boundtidy): LG0002.</summary>
    [Theory]
    [InlineData("for (int i = offsets[r]; offsets[^1] > i; i++) s += MathF.Exp(pool[i] - m);")]
    [InlineData("ReadOnlySpan<int> o = offsets; for (int i = o[r]; i < o[^1]; i++) s += MathF.Exp(pool[i] - m);")]
    [InlineData("Span<float> view = pool; for (int i = offsets[r]; i < offsets[^1]; i++) s += MathF.Exp(view[i] - m);")]
    public async Task SegmentSumToTheLastOffsetInOtherSpellings_IsLG0002(string sum) =>
        Assert.Equal(new[] { "LG0002" }, (await FixRunner.ReportedIdsAsync(Segments(sum))).ToArray());

    /// <summary>Correct twins of the spellings above: to the next offset.</summary>
    [Theory]
    [InlineData("for (int i = offsets[r]; offsets[r + 1] > i; i++) s += MathF.Exp(pool[i] - m);")]
    [InlineData("ReadOnlySpan<int> o = offsets; for (int i = o[r]; i < o[r + 1]; i++) s += MathF.Exp(pool[i] - m);")]
    [InlineData("Span<float> view = pool; for (int i = offsets[r]; i < offsets[r + 1]; i++) s += MathF.Exp(view[i] - m);")]
    public async Task SegmentSumToTheNextOffsetInOtherSpellings_IsSilent(string sum) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Segments(sum)));

    /// <summary>Correct twins: each segment summed from its start to the next offset.</summary>
    [Theory]
    [InlineData("for (int i = offsets[r]; i < offsets[r + 1]; i++) s += MathF.Exp(pool[i] - m);")]
    [InlineData("int w = offsets[r]; while (w < offsets[r + 1]) { s += MathF.Exp(pool[w] - m); w++; }")]
    [InlineData("for (int i = 0; i < offsets[r + 1] - offsets[r]; i++) s += MathF.Exp(pool[offsets[r] + i] - m);")]
    [InlineData("int end = offsets[^1]; for (int i = offsets[r]; i < Math.Min(offsets[r + 1], end); i++) s += MathF.Exp(pool[i] - m);")]
    public async Task SegmentSumToTheNextOffset_IsSilent(string sum) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Segments(sum)));

    /// <summary>
    /// One vector's tail (<c>x[start + i]</c> for <c>i &lt; x.Length - start</c>, no loop picking <c>start</c>) is that
    /// softmax's whole axis when the max, the sum and the output all walk it: silent.
    /// </summary>
    [Fact]
    public async Task OneVectorsTail_IsSilent()
    {
        var source = """
            using System;

            public static class Tail
            {
                public static void Run(float[] x, int start, float[] y)
                {
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < x.Length - start; i++) m = MathF.Max(m, x[start + i]);
                    float s = 0f;
                    for (int i = 0; i < x.Length - start; i++) s += MathF.Exp(x[start + i] - m);
                    for (int i = 0; i < x.Length - start; i++) y[start + i] = MathF.Exp(x[start + i] - m) / s;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// A suffix softmax per position (position t over <c>x[t .. end)</c>): the max, the sum and the output all walk the
    /// same tail from the moving start, so the tail is that softmax's axis: silent.
    /// </summary>
    [Fact]
    public async Task SuffixSoftmaxPerPosition_IsSilent()
    {
        var source = """
            using System;

            public static class Suffix
            {
                public static void Run(float[] x, float[][] y)
                {
                    for (int t = 0; t < x.Length; t++)
                    {
                        float m = float.NegativeInfinity;
                        for (int i = 0; i < x.Length - t; i++) m = MathF.Max(m, x[t + i]);
                        float s = 0f;
                        for (int i = 0; i < x.Length - t; i++) s += MathF.Exp(x[t + i] - m);
                        y[t] = new float[x.Length - t];
                        for (int i = 0; i < x.Length - t; i++) y[t][i] = MathF.Exp(x[t + i] - m) / s;
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }
}
