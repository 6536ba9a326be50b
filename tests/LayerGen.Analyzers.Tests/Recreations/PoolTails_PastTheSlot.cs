// Bug variants (LG0002, one LG0001): a pooled buffer holds every request's slot, request r's at
// [offsets[r], offsets[r] + len_r). Each request's max (or sum) walks its slot, but the other fold walks from the
// slot's start to the end of the pool (pool.Length - offsets[r], a local `rest`, offsets[^1] of count + 1 offsets) or
// past the slot (Math.Min(2 * n, …)): every later request's slot too. Errors 0.35-0.66 or NaN against the per-slot
// reference (the stop-41 review's cases9/W03, W09, cases18/W10-W12, cases7/W05).
// Source: batched inference over a pooled logits buffer (requests packed back to back, offsets as prefix sums).
// Layout: pool holds request r's logits at offsets[r] .. offsets[r] + len_r; outp the same.
using System;

namespace Recreations.PoolTailsPastTheSlot;

public sealed class Request
{
    public float[] Logits = Array.Empty<float>();
}

public static class PooledSoftmax
{
    // The sum walks pool[offsets[r] + i] for i < pool.Length - offsets[r]: the rest of the pool.
    public static void SumToPoolEnd(Request[] batch, float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r < batch.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int i = 0; i < batch[r].Logits.Length; i++) m = MathF.Max(m, pool[offsets[r] + i]);
            float s = 0f;
            for (int i = 0; i < pool.Length - offsets[r]; i++) s += MathF.Exp(pool[offsets[r] + i] - m); //~ LG0002
            for (int i = 0; i < batch[r].Logits.Length; i++) outp[offsets[r] + i] = MathF.Exp(pool[offsets[r] + i] - m) / s;
        }
    }

    // The rest of the pool held in a local, lengths as plain ints.
    public static void SumRestLocal(int[] lens, float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r < lens.Length; r++)
        {
            int n = lens[r], rest = pool.Length - offsets[r];
            float m = float.NegativeInfinity;
            for (int i = 0; i < n; i++) m = MathF.Max(m, pool[offsets[r] + i]);
            float s = 0f;
            for (int i = 0; i < rest; i++) s += MathF.Exp(pool[offsets[r] + i] - m); //~ LG0002
            for (int i = 0; i < n; i++) outp[offsets[r] + i] = MathF.Exp(pool[offsets[r] + i] - m) / s;
        }
    }

    // A while walk from the slot's start to the pool's end.
    public static void SumWhileToPoolEnd(int[] lens, float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r < lens.Length; r++)
        {
            int start = offsets[r];
            float m = float.NegativeInfinity;
            for (int i = 0; i < lens[r]; i++) m = MathF.Max(m, pool[start + i]);
            float s = 0f;
            int k = 0;
            while (k < pool.Length - start)
            {
                s += MathF.Exp(pool[start + k] - m); //~ LG0002
                k++;
            }

            for (int i = 0; i < lens[r]; i++) outp[start + i] = MathF.Exp(pool[start + i] - m) / s;
        }
    }

    // Twice the request's length (clamped to the pool): into the next requests' slots.
    public static void SumOverrunsSlot(Request[] batch, float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r < batch.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int i = 0; i < batch[r].Logits.Length; i++) m = MathF.Max(m, pool[offsets[r] + i]);
            float s = 0f;
            for (int i = 0; i < Math.Min(2 * batch[r].Logits.Length, pool.Length - offsets[r]); i++) s += MathF.Exp(pool[offsets[r] + i] - m); //~ LG0002
            for (int i = 0; i < batch[r].Logits.Length; i++) outp[offsets[r] + i] = MathF.Exp(pool[offsets[r] + i] - m) / s;
        }
    }

    // count + 1 offsets: the sum runs from the segment's start to offsets[^1], the total.
    public static void SumToLastOffset(float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r + 1 < offsets.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int i = offsets[r]; i < offsets[r + 1]; i++) m = MathF.Max(m, pool[i]);
            float s = 0f;
            for (int i = offsets[r]; i < offsets[^1]; i++) s += MathF.Exp(pool[i] - m); //~ LG0002
            for (int i = offsets[r]; i < offsets[r + 1]; i++) outp[i] = MathF.Exp(pool[i] - m) / s;
        }
    }

    // The max walks the rest of the pool while the sum walks the slot.
    public static void MaxToPoolEnd(Request[] batch, float[] pool, int[] offsets, float[] outp)
    {
        for (int r = 0; r < batch.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int i = 0; i < pool.Length - offsets[r]; i++) m = MathF.Max(m, pool[offsets[r] + i]); //~ LG0001
            float s = 0f;
            for (int i = 0; i < batch[r].Logits.Length; i++) s += MathF.Exp(pool[offsets[r] + i] - m);
            for (int i = 0; i < batch[r].Logits.Length; i++) outp[offsets[r] + i] = MathF.Exp(pool[offsets[r] + i] - m) / s;
        }
    }
}
