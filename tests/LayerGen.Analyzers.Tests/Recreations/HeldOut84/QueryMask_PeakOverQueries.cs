// Idiom: a query mask (`bool[]`) and a key length; masked queries skipped with `continue`.
// Use: attention weights of a padded decoder over a source of known length.
// Layout: jagged float[queries][keys], keys k < keyLength are real.
// Bug (LG0004): `peakPerKey[k]` is a max over the queries (one per key); the sum runs over the keys of one query.
// Our own code.
using System;

namespace HeldOut84.QueryMask_PeakOverQueries;

public static class DecoderCross
{
    public static float[][] Softmax(float[][] scores, bool[] queryMask, int keyLength)
    {
        var peakPerKey = new float[keyLength];
        Array.Fill(peakPerKey, float.NegativeInfinity);
        for (int q = 0; q < scores.Length; q++)
        {
            if (!queryMask[q]) continue;
            for (int k = 0; k < keyLength; k++)
                peakPerKey[k] = MathF.Max(peakPerKey[k], scores[q][k]); //~ LG0004
        }

        var outRows = new float[scores.Length][];
        for (int q = 0; q < scores.Length; q++)
        {
            outRows[q] = new float[scores[q].Length];
            if (!queryMask[q]) continue;
            float z = 0f;
            for (int k = 0; k < keyLength; k++)
            {
                outRows[q][k] = MathF.Exp(scores[q][k] - peakPerKey[k]);
                z += outRows[q][k];
            }
            for (int k = 0; k < keyLength; k++) outRows[q][k] /= z;
        }
        return outRows;
    }
}
