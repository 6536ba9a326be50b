// Idiom: heat-bath probabilities of a q-state Potts spin, written straight from the textbook formula
// P(s) = exp(-beta dE_s) / sum_s' exp(-beta dE_s'), in float with MathF.Exp.
// Use: conditional spin probabilities for a GPU-style sweep (state-major buffer).
// Layout: float[q, sites] (spin value first, site second).
// Bug LG0003: exp of the raw -beta dE with no minimum energy subtracted; overflows (inf / inf = NaN) once -beta dE
// exceeds ~88 and underflows to 0/0 below ~-103.
// Our own code.
using System;

namespace HeldOut93.PottsHeatBath_RawBoltzmannFactors;

public static class PottsConditional
{
    public static float[,] Probabilities(float[,] dE, float beta)
    {
        int q = dE.GetLength(0), sites = dE.GetLength(1);
        var p = new float[q, sites];
        for (int site = 0; site < sites; site++)
        {
            float z = 0f;
            for (int s = 0; s < q; s++)
            {
                float w = MathF.Exp(-beta * dE[s, site]); //~ LG0003
                p[s, site] = w;
                z += w;
            }

            float inv = 1f / z;
            for (int s = 0; s < q; s++) p[s, site] *= inv;
        }

        return p;
    }
}
