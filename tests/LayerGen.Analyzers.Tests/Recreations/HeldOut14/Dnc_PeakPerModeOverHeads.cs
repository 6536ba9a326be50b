// Source: differentiable neural computer read modes (Graves et al. 2016; deepmind/dnc `_read_modes`), a port that
// reads the mode block column by column.
// Layout: per sample one float[] interface vector with the read modes at modeOffset + 3 r + m; the peak is folded
// per mode m over the read heads into a float[3], then each head's three modes are normalised.
// Bug LG0004: the maximum runs over the read heads for each mode, the sum over the modes of one head.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Dnc_PeakPerModeOverHeads
{
    public static float[,] ReadModes(float[] interfaceVector, int modeOffset, int readHeads)
    {
        var modePeak = new float[3];
        for (int m = 0; m < 3; m++)
        {
            modePeak[m] = float.NegativeInfinity;
            for (int r = 0; r < readHeads; r++)
                modePeak[m] = MathF.Max(modePeak[m], interfaceVector[modeOffset + 3 * r + m]); //~ LG0004
        }

        var pi = new float[readHeads, 3];
        for (int r = 0; r < readHeads; r++)
        {
            float sum = 0f;
            for (int m = 0; m < 3; m++)
            {
                pi[r, m] = MathF.Exp(interfaceVector[modeOffset + 3 * r + m] - modePeak[m]);
                sum += pi[r, m];
            }
            for (int m = 0; m < 3; m++)
                pi[r, m] /= sum;
        }
        return pi;
    }
}
