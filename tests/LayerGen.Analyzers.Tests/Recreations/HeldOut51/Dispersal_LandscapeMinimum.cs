// Idiom: negative-exponential dispersal kernel normalised per source patch, the reference distance taken once as the
// shortest distance in the whole landscape (nested loops with an if), the kernel a local function capturing it.
// Use: metapopulation connectivity matrix.
// Layout: double[sources, targets] row-major distances; double[sources, targets] out.
// Bug LG0001: the minimum distance spans every source, not one source's row (the softmin of −alpha·d shifted by the
// whole landscape): a remote source whose targets are all far away underflows to 0/0.
using System;

namespace HeldOut51.Dispersal_LandscapeMinimum;

public static class Connectivity
{
    public static double[,] Matrix(double[,] d, double alpha)
    {
        int sources = d.GetLength(0);
        int targets = d.GetLength(1);
        double dMin = double.MaxValue;
        for (int i = 0; i < sources; i++)
        {
            for (int j = 0; j < targets; j++)
            {
                if (d[i, j] < dMin) dMin = d[i, j]; //~ LG0001
            }
        }

        double Kernel(double distance) => Math.Exp(-alpha * (distance - dMin));

        var p = new double[sources, targets];
        for (int i = 0; i < sources; i++)
        {
            double row = 0.0;
            for (int j = 0; j < targets; j++)
            {
                p[i, j] = Kernel(d[i, j]);
                row += p[i, j];
            }

            for (int j = 0; j < targets; j++) p[i, j] /= row;
        }

        return p;
    }
}
