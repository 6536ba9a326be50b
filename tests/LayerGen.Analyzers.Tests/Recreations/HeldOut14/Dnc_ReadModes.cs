// Source: differentiable neural computer read modes (Graves et al. 2016; deepmind/dnc `_read_modes`): each read head
// gets a softmax over 3 modes (backward, content, forward) from its slice of the interface vector.
// Layout: per sample one float[] interface vector; the read modes of head r sit at modeOffset + 3 r .. + 2; the
// per-head peak is a ternary over the three entries.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class Dnc_ReadModes
{
    public const int Modes = 3;

    public static float[,] ReadModes(float[] interfaceVector, int modeOffset, int readHeads)
    {
        var pi = new float[readHeads, Modes];
        for (int r = 0; r < readHeads; r++)
        {
            int o = modeOffset + Modes * r;
            float a = interfaceVector[o], b = interfaceVector[o + 1], c = interfaceVector[o + 2];
            float peak = a > b ? (a > c ? a : c) : (b > c ? b : c);
            float sum = 0f;
            for (int m = 0; m < Modes; m++)
                sum += pi[r, m] = MathF.Exp(interfaceVector[o + m] - peak);
            for (int m = 0; m < Modes; m++)
                pi[r, m] /= sum;
        }
        return pi;
    }
}
