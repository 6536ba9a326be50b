// Re-creation (our own code) of the shape of ProteinMPNN's amino-acid distributions (dauparas/ProteinMPNN sampling
// step), written for a whole designed chain at once.
// Layout: float[L, 21] rank 2, per-position maximum in a float[] of row peaks, one normalisation pass at the end.
// Bug (LG0002): the normaliser is accumulated over every position of the chain, so each position's distribution
// sums to about 1/L.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class ProteinMpnnSamplerPartitionOverChain
{
    public static void Distributions(float[,] logits, float temperature, float[,] probabilities)
    {
        int length = logits.GetLength(0);
        int alphabet = logits.GetLength(1);
        var rowPeak = new float[length];
        for (int i = 0; i < length; i++)
        {
            rowPeak[i] = float.NegativeInfinity;
            for (int a = 0; a < alphabet; a++)
                rowPeak[i] = MathF.Max(rowPeak[i], logits[i, a] / temperature);
        }

        float normaliser = 0f;
        for (int i = 0; i < length; i++)
        {
            for (int a = 0; a < alphabet; a++)
            {
                probabilities[i, a] = MathF.Exp(logits[i, a] / temperature - rowPeak[i]);
                normaliser += probabilities[i, a]; //~ LG0002
            }
        }

        for (int i = 0; i < length; i++)
            for (int a = 0; a < alphabet; a++)
                probabilities[i, a] /= normaliser;
    }
}
