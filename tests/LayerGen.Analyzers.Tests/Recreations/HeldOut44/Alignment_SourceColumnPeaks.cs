// Idiom: attention-based NMT, alignment matrix of a sentence pair for visualisation, energies precomputed by the decoder
// Layout: flat float[target * source] row-major with stride source, per-source peak array
// Bug (LG0004): the peak of each source word is taken down the target positions while each target row sums over the source
using System;

namespace HeldOut44.Alignment_SourceColumnPeaks;

public static class AlignmentMatrix
{
    public static float[] Normalise(float[] energy, int targetLen, int sourceLen)
    {
        var peak = new float[sourceLen];
        for (int s = 0; s < sourceLen; s++) peak[s] = float.NegativeInfinity;
        for (int t = 0; t < targetLen; t++)
            for (int s = 0; s < sourceLen; s++)
                if (energy[t * sourceLen + s] > peak[s]) peak[s] = energy[t * sourceLen + s]; //~ LG0004

        var align = new float[targetLen * sourceLen];
        for (int t = 0; t < targetLen; t++)
        {
            int row = t * sourceLen;
            float sum = 0f;
            for (int s = 0; s < sourceLen; s++)
            {
                align[row + s] = MathF.Exp(energy[row + s] - peak[s]);
                sum += align[row + s];
            }
            for (int s = 0; s < sourceLen; s++) align[row + s] /= sum;
        }
        return align;
    }
}
