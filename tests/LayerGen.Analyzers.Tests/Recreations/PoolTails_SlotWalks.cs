// Correct twins of PoolTails_PastTheSlot: every fold walks exactly the request's slot [offsets[r], offsets[r] + len_r),
// its length spelled as the request's Logits.Length, lens[r], offsets[r + 1] - offsets[r], a span of the slot, a
// while walk, or clamped to the pool's end (Math.Min(n, pool.Length - offsets[r]) never passes the slot). Correct.
// Layout: pool holds request r's logits at offsets[r] .. offsets[r] + len_r; outp the same.
using System;

namespace Recreations.PoolTailsSlotWalks;

public sealed class Request
{
    public float[] Logits = Array.Empty<float>();
}

public static class PooledSoftmax
{
    public static void SlotByRequestLength(Request[] batch, float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r < batch.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int i = 0; i < batch[r].Logits.Length; i++) m = MathF.Max(m, pool[offsets[r] + i]);
            float s = 0f;
            for (int i = 0; i < batch[r].Logits.Length; i++) s += MathF.Exp(pool[offsets[r] + i] - m);
            for (int i = 0; i < batch[r].Logits.Length; i++) outp[offsets[r] + i] = MathF.Exp(pool[offsets[r] + i] - m) / s;
        }
    }

    public static void SlotClampedToPoolEnd(int[] lens, float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r < lens.Length; r++)
        {
            int n = Math.Min(lens[r], pool.Length - offsets[r]);
            float m = float.NegativeInfinity;
            for (int i = 0; i < n; i++) m = MathF.Max(m, pool[offsets[r] + i]);
            float s = 0f;
            for (int i = 0; i < n; i++) s += MathF.Exp(pool[offsets[r] + i] - m);
            for (int i = 0; i < n; i++) outp[offsets[r] + i] = MathF.Exp(pool[offsets[r] + i] - m) / s;
        }
    }

    public static void SlotWhileWalk(int[] lens, float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r < lens.Length; r++)
        {
            int start = offsets[r];
            float m = float.NegativeInfinity;
            for (int i = 0; i < lens[r]; i++) m = MathF.Max(m, pool[start + i]);
            float s = 0f;
            int k = 0;
            while (k < lens[r])
            {
                s += MathF.Exp(pool[start + k] - m);
                k++;
            }

            for (int i = 0; i < lens[r]; i++) outp[start + i] = MathF.Exp(pool[start + i] - m) / s;
        }
    }

    public static float[] SegmentsToNextOffset(float[] pool, int[] offsets)
    {
        var outp = new float[offsets[^1]];
        for (int r = 0; r + 1 < offsets.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int i = offsets[r]; i < offsets[r + 1]; i++) m = MathF.Max(m, pool[i]);
            float s = 0f;
            for (int i = offsets[r]; i < offsets[r + 1]; i++) s += MathF.Exp(pool[i] - m);
            for (int i = offsets[r]; i < offsets[r + 1]; i++) outp[i] = MathF.Exp(pool[i] - m) / s;
        }

        return outp;
    }

    public static void SlotSpans(int[] lens, float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r < lens.Length; r++)
        {
            ReadOnlySpan<float> slot = pool.AsSpan(offsets[r], lens[r]);
            float m = float.NegativeInfinity;
            foreach (float v in slot) m = MathF.Max(m, v);
            float s = 0f;
            foreach (float v in pool.AsSpan().Slice(offsets[r], lens[r])) s += MathF.Exp(v - m);
            for (int i = 0; i < slot.Length; i++) outp[offsets[r] + i] = MathF.Exp(slot[i] - m) / s;
        }
    }
}
