// Idiom: a message dispatcher (switch expression over record types) whose batch handler returns a Task of the result.
// Use: an evaluation service that receives whole batches of logits from a queue and replies with probabilities.
// Layout: 2D double[batch, classes] in a BatchScores message; softmax over each row.
// Bug (LG0004): the peaks are per class, each over the batch (down a column), while each row's sum runs over the
// classes, so the max and the sum run over different axes.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut99.Dispatcher_ClassPeaksAcrossRows;

public abstract record Request;
public sealed record BatchScores(double[,] Logits) : Request;
public sealed record Ping : Request;

public static class EvaluationHandler
{
    public static Task<double[,]?> HandleAsync(Request request) => request switch
    {
        BatchScores batch => Task.Run<double[,]?>(() => Normalise(batch.Logits)),
        Ping => Task.FromResult<double[,]?>(null),
        _ => throw new NotSupportedException(request.GetType().Name),
    };

    private static double[,] Normalise(double[,] z)
    {
        int batch = z.GetLength(0), classes = z.GetLength(1);
        double[] peak = Enumerable.Range(0, classes).Select(c => Enumerable.Range(0, batch).Max(b => z[b, c])).ToArray(); //~ LG0004
        var p = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double rowSum = 0;
            for (int c = 0; c < classes; c++)
            {
                p[b, c] = Math.Exp(z[b, c] - peak[c]);
                rowSum += p[b, c];
            }

            for (int c = 0; c < classes; c++)
            {
                p[b, c] /= rowSum;
            }
        }

        return p;
    }
}
