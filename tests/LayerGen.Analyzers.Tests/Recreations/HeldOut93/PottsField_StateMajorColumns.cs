// Idiom: mean-field / single-site Boltzmann probabilities of a q-state Potts model in an external field, float, with
// the buffer stored state-major (all sites of spin value 0, then spin value 1, ...), so a site is a column; the
// per-site maximum exponent runs down the column.
// Use: magnetisation estimates per site.
// Layout: float[q, sites] (column = site).
// Correct.
// Our own code.
using System;

namespace HeldOut93.PottsField_StateMajorColumns;

public static class PottsMeanField
{
    public static float[,] SiteProbabilities(float[,] field, float beta)
    {
        int q = field.GetLength(0), sites = field.GetLength(1);
        var p = new float[q, sites];
        for (int i = 0; i < sites; i++)
        {
            float top = -beta * field[0, i];
            for (int s = 1; s < q; s++)
                top = MathF.Max(top, -beta * field[s, i]);

            float z = 0f;
            for (int s = 0; s < q; s++)
            {
                p[s, i] = MathF.Exp(-beta * field[s, i] - top);
                z += p[s, i];
            }

            for (int s = 0; s < q; s++) p[s, i] /= z;
        }

        return p;
    }
}
