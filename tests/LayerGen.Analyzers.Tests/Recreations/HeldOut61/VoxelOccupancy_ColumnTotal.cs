// Idiom: soft voxel labels over a 4D grid: each voxel's own maximum, but the normaliser `total` is reset once per
// (x, y) column and keeps accumulating down the z voxels of the column.
// Layout: float[x, y, z, labels] (labels innermost); probabilities out float[x, y, z, labels].
// Inspired by: voxel-grid semantic completion loops (read for style only; own code).
// Bug: LG0002 (the sum spans every voxel of a z column so far, the softmax slice is one voxel's labels).
using System;

namespace HeldOut61.VoxelOccupancy_ColumnTotal;

public static class VoxelLabels
{
    public static float[,,,] Probabilities(float[,,,] grid)
    {
        int nx = grid.GetLength(0), ny = grid.GetLength(1), nz = grid.GetLength(2), nl = grid.GetLength(3);
        var p = new float[nx, ny, nz, nl];
        for (int x = 0; x < nx; x++)
        {
            for (int y = 0; y < ny; y++)
            {
                float total = 0f;
                for (int z = 0; z < nz; z++)
                {
                    float top = grid[x, y, z, 0];
                    for (int l = 1; l < nl; l++)
                    {
                        top = Math.Max(top, grid[x, y, z, l]);
                    }

                    for (int l = 0; l < nl; l++)
                    {
                        p[x, y, z, l] = MathF.Exp(grid[x, y, z, l] - top);
                        total += p[x, y, z, l]; //~ LG0002
                    }

                    for (int l = 0; l < nl; l++)
                    {
                        p[x, y, z, l] /= total;
                    }
                }
            }
        }

        return p;
    }
}
