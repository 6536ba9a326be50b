// Idiom: semantic occupancy grid, per-cell class probabilities (free / occupied / person / vehicle ...) from the
// per-cell class scores of a segmentation head projected into the map.
// Layout: flat float[cells * classes], cell-major, index cell * classes + c; MathF.Exp; `if` max fold.
// Correct: each cell subtracts its own maximum and divides by its own sum.
using System;

namespace HeldOut48.SemanticGrid_CellMajorStride;

public static class SemanticGrid
{
    public static float[] CellProbabilities(float[] scores, int cells, int classes)
    {
        var prob = new float[cells * classes];
        for (int cell = 0; cell < cells; cell++)
        {
            int baseIndex = cell * classes;
            float top = scores[baseIndex];
            for (int c = 1; c < classes; c++)
            {
                if (scores[baseIndex + c] > top) top = scores[baseIndex + c];
            }

            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(scores[baseIndex + c] - top);
                prob[baseIndex + c] = e;
                z += e;
            }

            for (int c = 0; c < classes; c++)
            {
                prob[baseIndex + c] /= z;
            }
        }

        return prob;
    }
}
