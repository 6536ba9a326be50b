// Source: probabilistic earthquake location by grid search (NonLinLoc), with one misfit floor for the whole
// catalogue of events.
// Layout: rank-4 float[events, nx, ny, nz].
// Bug: LG0001 — the shift (smallest misfit = largest logit) is taken over every event's grid.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class NonLinLoc_MinOverCatalogue
{
    public static float[,,,] Pdf(float[,,,] misfit)
    {
        int events = misfit.GetLength(0), nx = misfit.GetLength(1), ny = misfit.GetLength(2), nz = misfit.GetLength(3);
        float floor = float.PositiveInfinity;
        for (int e = 0; e < events; e++)
            for (int x = 0; x < nx; x++)
                for (int y = 0; y < ny; y++)
                    for (int z = 0; z < nz; z++)
                        floor = MathF.Min(floor, misfit[e, x, y, z]); //~ LG0001

        var pdf = new float[events, nx, ny, nz];
        for (int e = 0; e < events; e++)
        {
            float total = 0f;
            for (int x = 0; x < nx; x++)
                for (int y = 0; y < ny; y++)
                    for (int z = 0; z < nz; z++)
                    {
                        pdf[e, x, y, z] = MathF.Exp(floor - misfit[e, x, y, z]);
                        total += pdf[e, x, y, z];
                    }
            for (int x = 0; x < nx; x++)
                for (int y = 0; y < ny; y++)
                    for (int z = 0; z < nz; z++)
                        pdf[e, x, y, z] /= total;
        }
        return pdf;
    }
}
