using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A prefix <c>[0, used)</c> of a flat buffer whose slots are written per request at running offsets covers every slot
/// when <c>used</c> is the total of the slots' lengths (<c>batch.Sum(r =&gt; r.Logits.Length)</c>, or a total
/// accumulated by <c>used += r.Logits.Length</c>), whatever the buffer's allocated length (<c>ArrayPool.Rent</c> returns
/// a longer array): a sum over it is one sum for every request (LG0002), spelled <c>AsSpan(0, used)</c>,
/// <c>AsSpan().Slice(0, used)</c>, <c>AsSpan()[..used]</c> or a <c>for</c> loop to <c>used</c> (a <c>while</c> walk: pinned gap) (HeldOut36's
/// <c>TopKService_PooledBatchNormaliser</c>). A sum over a request's own slot stays silent.
/// </summary>
public class SoftmaxModelSlotTotalPrefixTests
{
    private static string Source(string allocation, string total, string beforeRequests, string normaliser) => $$"""
        using System;
        using System.Buffers;
        using System.Collections.Generic;
        using System.Linq;
        using System.Numerics.Tensors;

        public sealed record Request(string Id, float[] Logits);

        public static class Batch
        {
            public static float[][] Probabilities(IReadOnlyList<Request> batch)
            {
                {{total}}
                float[] pool = {{allocation}};
                var offsets = new int[batch.Count + 1];
                for (int r = 0; r < batch.Count; r++)
                {
                    float[] logits = batch[r].Logits;
                    offsets[r + 1] = offsets[r] + logits.Length;
                    float top = TensorPrimitives.Max(logits);
                    Span<float> slot = pool.AsSpan(offsets[r], logits.Length);
                    TensorPrimitives.Subtract(logits, top, slot);
                    TensorPrimitives.Exp(slot, slot);
                }

                {{beforeRequests}}
                var result = new float[batch.Count][];
                for (int r = 0; r < batch.Count; r++)
                {
                    int n = batch[r].Logits.Length;
                    {{normaliser}}
                    result[r] = new float[n];
                    for (int i = 0; i < n; i++) result[r][i] = pool[offsets[r] + i] / z;
                }

                ArrayPool<float>.Shared.Return(pool);
                return result;
            }
        }
        """;

    private const string LinqTotal = "int used = batch.Sum(r => r.Logits.Length);";
    private const string LoopTotal = "int used = 0; foreach (var request in batch) used += request.Logits.Length;";
    private const string Rented = "ArrayPool<float>.Shared.Rent(used)";
    private const string Fresh = "new float[used]";
    private const string Lengths = "var lengths = new int[batch.Count]; for (int q = 0; q < batch.Count; q++) lengths[q] = batch[q].Logits.Length;";

    /// <summary>One sum over the used prefix, divided into every request's probabilities: LG0002.</summary>
    [Theory]
    [InlineData(Rented, LinqTotal, "float z = TensorPrimitives.Sum(pool.AsSpan(0, used));")]
    [InlineData(Fresh, LinqTotal, "float z = TensorPrimitives.Sum(pool.AsSpan(0, used));")]
    [InlineData(Rented, LinqTotal, "float z = TensorPrimitives.Sum(pool.AsSpan().Slice(0, used));")]
    [InlineData(Rented, LinqTotal, "float z = TensorPrimitives.Sum(pool.AsSpan()[..used]);")]
    [InlineData(Rented, LinqTotal, "float z = 0f; for (int i = 0; i < used; i++) z += pool[i];")]
    [InlineData(Rented, LoopTotal, "float z = TensorPrimitives.Sum(pool.AsSpan(0, used));")]
    [InlineData(Rented, LoopTotal, "float z = 0f; for (int i = 0; i < used; i++) z += pool[i];")]
    public async Task SumOverTheUsedPrefix_IsLG0002(string allocation, string total, string normaliser) =>
        Assert.Equal(new[] { "LG0002" }, (await FixRunner.ReportedIdsAsync(Source(allocation, total, "", normaliser))).ToArray());

    /// <summary>Correct twins: each request summed over its own slot, whatever the buffer and total spelling.</summary>
    [Theory]
    [InlineData(Rented, LinqTotal, "float z = TensorPrimitives.Sum(pool.AsSpan(offsets[r], n));")]
    [InlineData(Fresh, LinqTotal, "float z = TensorPrimitives.Sum(pool.AsSpan(offsets[r], n));")]
    [InlineData(Rented, LoopTotal, "float z = TensorPrimitives.Sum(pool.AsSpan(offsets[r], n));")]
    [InlineData(Rented, LoopTotal, "float z = TensorPrimitives.Sum(pool.AsSpan(offsets[r], offsets[r + 1] - offsets[r]));")]
    public async Task SumOverTheRequestsSlot_IsSilent(string allocation, string total, string normaliser) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(allocation, total, "", normaliser)));

    /// <summary>
    /// Correct twins: a request's own slot <c>[offsets[r], offsets[r + 1])</c> summed by a scalar walk (<c>pool[offsets[r] + i]</c>
    /// for <c>i &lt; n</c>, <c>i</c> from <c>offsets[r]</c> to <c>offsets[r + 1]</c>, a <c>while</c>, a <c>foreach</c> over the
    /// slot's span, a local function over it) is that request's sum (the scalar walk was a false LG0002 on <c>main</c>).
    /// </summary>
    [Theory]
    [InlineData("float z = 0f; for (int i = 0; i < n; i++) z += pool[offsets[r] + i];")]
    [InlineData("float z = 0f; for (int i = 0; i < batch[r].Logits.Length; i++) z += pool[offsets[r] + i];")]
    [InlineData("float z = 0f; for (int i = 0; i < lengths[r]; i++) z += pool[offsets[r] + i];")]
    [InlineData("float z = 0f; for (int i = 0; i < offsets[r + 1] - offsets[r]; i++) z += pool[offsets[r] + i];")]
    [InlineData("float z = 0f; for (int i = offsets[r]; i < offsets[r + 1]; i++) z += pool[i];")]
    [InlineData("float z = 0f; for (int i = offsets[r]; i < offsets[r] + n; i++) z += pool[i];")]
    [InlineData("float z = 0f; int start = offsets[r]; for (int i = 0; i < n; i++) z += pool[start + i];")]
    [InlineData("float z = 0f; int w = 0; while (w < n) { z += pool[offsets[r] + w]; w++; }")]
    [InlineData("float z = 0f; int w = offsets[r]; while (w < offsets[r + 1]) { z += pool[w]; w++; }")]
    [InlineData("float z = 0f; foreach (float e in pool.AsSpan(offsets[r], n)) z += e;")]
    [InlineData("float z = 0f; foreach (float e in pool.AsSpan(offsets[r], lengths[r])) z += e;")]
    [InlineData("float z = 0f; foreach (float e in pool.AsSpan().Slice(offsets[r], n)) z += e;")]
    [InlineData("float z = 0f; Span<float> s = pool.AsSpan(offsets[r], n); for (int i = 0; i < s.Length; i++) z += s[i];")]
    [InlineData("float z = 0f; Span<float> s = pool.AsSpan(offsets[r], n); int w = 0; while (w < s.Length) { z += s[w]; w++; }")]
    [InlineData("float z = Total(pool.AsSpan(offsets[r], n)); static float Total(ReadOnlySpan<float> s) { float t = 0f; foreach (float e in s) t += e; return t; }")]
    public async Task ScalarWalkOfTheRequestsSlot_IsSilent(string normaliser) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(Rented, LinqTotal, Lengths, normaliser)));

    /// <summary>
    /// Buggy twins of the scalar walk: the total never reset between requests (declared before the request loop), or a
    /// walk over the whole used prefix for each request (to <c>used</c>, or to the last prefix offset).
    /// </summary>
    [Theory]
    [InlineData("float z = 0f;", "for (int i = 0; i < n; i++) z += pool[offsets[r] + i];")]
    [InlineData("float z = 0f;", "for (int i = offsets[r]; i < offsets[r + 1]; i++) z += pool[i];")]
    [InlineData("float z = 0f;", "int w = 0; while (w < n) { z += pool[offsets[r] + w]; w++; }")]
    [InlineData("float z = 0f;", "foreach (float e in pool.AsSpan(offsets[r], n)) z += e;")]
    [InlineData("", "float z = 0f; foreach (float e in pool.AsSpan(0, used)) z += e;")]
    [InlineData("", "float z = 0f; int w = 0; while (w < used) { z += pool[w]; w++; }")]
    [InlineData("", "float z = Total(pool.AsSpan(0, used)); static float Total(ReadOnlySpan<float> s) { float t = 0f; foreach (float e in s) t += e; return t; }")]
    public async Task ScalarWalkBeyondTheRequestsSlot_IsLG0002(string beforeRequests, string normaliser) =>
        Assert.Equal(new[] { "LG0002" }, (await FixRunner.ReportedIdsAsync(Source(Rented, LinqTotal, Lengths + " " + beforeRequests, normaliser))).ToArray());

    /// <summary>
    /// The last prefix offset (<c>offsets[^1]</c>, <c>offsets[batch.Count]</c>, <c>offsets[offsets.Length - 1]</c>) is the
    /// total of the slots' lengths, like <c>used</c>: a prefix to it summed for each request is one sum over every slot.
    /// </summary>
    [Theory]
    [InlineData("int end = offsets[^1];", "float z = TensorPrimitives.Sum(pool.AsSpan(0, end));")]
    [InlineData("int end = offsets[batch.Count];", "float z = TensorPrimitives.Sum(pool.AsSpan(0, end));")]
    [InlineData("int end = offsets[offsets.Length - 1];", "float z = TensorPrimitives.Sum(pool.AsSpan(0, end));")]
    [InlineData("int end = offsets[^1];", "float z = TensorPrimitives.Sum(pool.AsSpan()[..end]);")]
    [InlineData("int end = offsets[batch.Count];", "float z = 0f; for (int i = 0; i < end; i++) z += pool[i];")]
    [InlineData("int end = offsets[^1];", "float z = 0f; foreach (float e in pool.AsSpan(0, end)) z += e;")]
    [InlineData("", "float z = TensorPrimitives.Sum(pool.AsSpan(0, offsets[^1]));")]
    [InlineData("", "float z = TensorPrimitives.Sum(pool.AsSpan(0, offsets[batch.Count]));")]
    public async Task SumToTheLastPrefixOffset_IsLG0002(string beforeRequests, string normaliser) =>
        Assert.Equal(new[] { "LG0002" }, (await FixRunner.ReportedIdsAsync(Source(Rented, LinqTotal, beforeRequests, normaliser))).ToArray());

    /// <summary>Correct twins beside the last prefix offset: each request summed over its own slot stays silent.</summary>
    [Theory]
    [InlineData("int end = offsets[^1];", "float z = TensorPrimitives.Sum(pool.AsSpan(offsets[r], n));")]
    [InlineData("int end = offsets[batch.Count];", "float z = 0f; for (int i = offsets[r]; i < offsets[r + 1]; i++) z += pool[i];")]
    [InlineData("", "float z = TensorPrimitives.Sum(pool.AsSpan(offsets[r], offsets[r + 1] - offsets[r]));")]
    [InlineData("", "float z = TensorPrimitives.Sum(pool.AsSpan(0, offsets[r + 1]).Slice(offsets[r]));")]
    public async Task SlotSumBesideTheLastPrefixOffset_IsSilent(string beforeRequests, string normaliser) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(Rented, LinqTotal, beforeRequests, normaliser)));

    /// <summary>The same one sum over the used prefix walked by a <c>while</c> loop to <c>used</c> is LG0002, as the <c>for</c> walk.</summary>
    [Fact]
    public async Task WhileWalkToTheSlotTotal_IsLG0002() =>
        Assert.Equal(new[] { "LG0002" }, (await FixRunner.ReportedIdsAsync(Source(Rented, LinqTotal, "", "float z = 0f; int w = 0; while (w < used) { z += pool[w]; w++; }"))).ToArray());

    /// <summary>One softmax over the first request's logits copied to the front of a rented buffer: the prefix is its own slot.</summary>
    [Fact]
    public async Task PrefixThatIsOneSlice_IsSilent()
    {
        var source = """
            using System;
            using System.Buffers;
            using System.Numerics.Tensors;

            public static class One
            {
                public static float[] Probabilities(float[] logits)
                {
                    int used = logits.Length;
                    float[] pool = ArrayPool<float>.Shared.Rent(used);
                    float top = TensorPrimitives.Max(logits);
                    for (int i = 0; i < used; i++) pool[i] = MathF.Exp(logits[i] - top);
                    float z = TensorPrimitives.Sum(pool.AsSpan(0, used));
                    var p = new float[used];
                    for (int i = 0; i < used; i++) p[i] = pool[i] / z;
                    ArrayPool<float>.Shared.Return(pool);
                    return p;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }
}
