// Idiom: a port of a Java streaming scorer: `RunningNormalizer` object with `update(double)` (online max and rescaled
// sum) and getters `getMax()`/`getSum()`, a fresh normalizer per row, rows read via `getRow(i)`.
// Use: streaming per-row class probabilities. Layout: double[][] behind a `Batch` getter; Math.Exp.
// Correct (online softmax: each exponent is <= 0). Our own code.
using System;

namespace HeldOut91.OnlineSoftmax_StreamingRows;

public sealed class Batch
{
    private readonly double[][] rows;
    public Batch(double[][] rows) { this.rows = rows; }
    public int size() { return rows.Length; }
    public double[] getRow(int i) { return rows[i]; }
}

public sealed class StreamingSoftmax
{
    public double[][] apply(Batch batch)
    {
        double[][] output = new double[batch.size()][];
        for (int i = 0; i < batch.size(); i++)
        {
            double[] row = batch.getRow(i);
            double runningMax = double.NegativeInfinity;
            double runningSum = 0.0;
            for (int j = 0; j < row.Length; j++)
            {
                double newMax = Math.Max(runningMax, row[j]);
                runningSum = runningSum * Math.Exp(runningMax - newMax) + Math.Exp(row[j] - newMax);
                runningMax = newMax;
            }
            double[] p = new double[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                p[j] = Math.Exp(row[j] - runningMax) / runningSum;
            }
            output[i] = p;
        }
        return output;
    }
}
