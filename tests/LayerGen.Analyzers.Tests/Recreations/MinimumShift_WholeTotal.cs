// Variants (our own code) of HeldOut8/NcaNeighbours_SumWholeMatrix.cs: each row is shifted by its own minimum (of a
// distance or energy that enters the exponent negated), so the row is the softmax axis, but the normaliser is one
// total over every row: each row then sums to about 1/rows.
// Layouts: jagged double[][] with the total declared above the row loop; flat float[rows * cols] with a separate
// whole-buffer total after the row loop. Bug in every method: LG0002.
using System;

namespace Recreations.MinimumShiftWholeTotal;

public static class MinimumShiftWholeTotal
{
    public static double[][] JaggedTotalAboveRows(double[][] distance)
    {
        var p = new double[distance.Length][];
        double z = 0;
        for (int i = 0; i < distance.Length; i++)
        {
            double nearest = double.PositiveInfinity;
            foreach (double d in distance[i]) nearest = Math.Min(nearest, d);

            p[i] = new double[distance[i].Length];
            for (int j = 0; j < p[i].Length; j++)
            {
                p[i][j] = Math.Exp(nearest - distance[i][j]);
                z += p[i][j]; //~ LG0002
            }
        }

        for (int i = 0; i < p.Length; i++)
            for (int j = 0; j < p[i].Length; j++)
                p[i][j] /= z;
        return p;
    }

    public static float[] FlatSeparateTotal(float[] energy, int rows, int cols, float beta)
    {
        var p = new float[energy.Length];
        for (int r = 0; r < rows; r++)
        {
            float lowest = float.PositiveInfinity;
            for (int c = 0; c < cols; c++) lowest = energy[r * cols + c] < lowest ? energy[r * cols + c] : lowest;
            for (int c = 0; c < cols; c++) p[r * cols + c] = MathF.Exp(-beta * (energy[r * cols + c] - lowest));
        }

        float total = 0f;
        for (int k = 0; k < p.Length; k++) total += p[k]; //~ LG0002
        for (int k = 0; k < p.Length; k++) p[k] /= total;
        return p;
    }
}
