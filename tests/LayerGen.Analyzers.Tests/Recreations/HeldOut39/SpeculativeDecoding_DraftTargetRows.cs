// Idiom: speculative decoding: draft distributions q for the k proposed positions and target distributions p for k + 1
//        positions from one verification pass; per-position softmax (a shared local function), then acceptance
//        min(1, p/q) of each drafted token
// Layout: flat float[] draftLogits [k * vocab], targetLogits [(k + 1) * vocab], position-major
// Correct
using System;

namespace HeldOut39.SpeculativeDecoding_DraftTargetRows;

public static class Speculative
{
    public static void Distributions(float[] draftLogits, float[] targetLogits, float[] q, float[] p, int k, int vocab)
    {
        for (int pos = 0; pos < k; pos++)
        {
            RowSoftmax(draftLogits, q, pos * vocab);
        }
        for (int pos = 0; pos <= k; pos++)
        {
            RowSoftmax(targetLogits, p, pos * vocab);
        }

        void RowSoftmax(float[] src, float[] dst, int start)
        {
            float mx = src[start];
            for (int v = start + 1; v < start + vocab; v++)
            {
                mx = MathF.Max(mx, src[v]);
            }
            float sum = 0f;
            for (int v = start; v < start + vocab; v++)
            {
                dst[v] = MathF.Exp(src[v] - mx);
                sum += dst[v];
            }
            for (int v = start; v < start + vocab; v++)
            {
                dst[v] /= sum;
            }
        }
    }

    public static int AcceptedCount(float[] q, float[] p, int[] drafted, int vocab, Random rng)
    {
        for (int pos = 0; pos < drafted.Length; pos++)
        {
            int tok = drafted[pos];
            float ratio = p[pos * vocab + tok] / q[pos * vocab + tok];
            if (rng.NextSingle() >= MathF.Min(1f, ratio))
            {
                return pos;
            }
        }
        return drafted.Length;
    }
}
