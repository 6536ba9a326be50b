// Idiom: one `Task.Run` per row with a copied loop variable, then `await Task.WhenAll(tasks)`.
// Use: parallel softmax over the rows of a batch, each task owning its row of the output.
// Layout: double[batch, classes], row-major 2D.
// Correct: each lambda folds its own row's max and sum.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut81.TaskRunPerRow_RowLambdas;

public static class ParallelRows
{
    public static async Task<double[,]> SoftmaxAsync(double[,] x)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var y = new double[batch, classes];
        var tasks = new Task[batch];
        for (int r = 0; r < batch; r++)
        {
            int row = r;
            tasks[row] = Task.Run(() =>
            {
                double m = x[row, 0];
                for (int c = 1; c < classes; c++)
                    if (x[row, c] > m) m = x[row, c];

                double s = 0;
                for (int c = 0; c < classes; c++)
                {
                    y[row, c] = Math.Exp(x[row, c] - m);
                    s += y[row, c];
                }

                double inv = 1.0 / s;
                for (int c = 0; c < classes; c++)
                    y[row, c] *= inv;
            });
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        return y;
    }
}
