// Source: probabilistic earthquake location by grid search (Lomax et al. 2000, NonLinLoc `NLLoc` grid mode; Tarantola
// & Valette 1982): for each event the location PDF over the 3-D grid is ∝ exp(−misfit), shifted by the event's
// smallest misfit.
// Layout: rank-4 float[events, nx, ny, nz]; the per-event minima are folded in one pass over the whole grid keyed by
// the event index (a segment minimum), then a second pass normalises each event's cube.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class NonLinLoc_LocationPdf
{
    public static float[,,,] Pdf(float[,,,] misfit)
    {
        int events = misfit.GetLength(0), nx = misfit.GetLength(1), ny = misfit.GetLength(2), nz = misfit.GetLength(3);
        var best = new float[events];
        Array.Fill(best, float.PositiveInfinity);
        for (int e = 0; e < events; e++)
            for (int x = 0; x < nx; x++)
                for (int y = 0; y < ny; y++)
                    for (int z = 0; z < nz; z++)
                        best[e] = MathF.Min(best[e], misfit[e, x, y, z]);

        var pdf = new float[events, nx, ny, nz];
        for (int e = 0; e < events; e++)
        {
            float total = 0f;
            for (int x = 0; x < nx; x++)
                for (int y = 0; y < ny; y++)
                    for (int z = 0; z < nz; z++)
                        total += pdf[e, x, y, z] = MathF.Exp(best[e] - misfit[e, x, y, z]);
            for (int x = 0; x < nx; x++)
                for (int y = 0; y < ny; y++)
                    for (int z = 0; z < nz; z++)
                        pdf[e, x, y, z] /= total;
        }
        return pdf;
    }
}
