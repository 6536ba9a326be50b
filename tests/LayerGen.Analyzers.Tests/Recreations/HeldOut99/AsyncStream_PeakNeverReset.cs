// Idiom: await foreach over an async stream of rows, writing each row's probabilities into a preallocated flat buffer.
// Use: a batch job drains an IAsyncEnumerable of scored rows (from a database cursor) and fills a result matrix.
// Layout: stream of double[] rows in, flat row-major double[rows * classes] out.
// Bug (LG0001): the running peak is declared once above the await foreach and never reset, so each row subtracts the
// maximum over itself and every earlier row; a row far below an earlier one underflows to 0/0.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.AsyncStream_PeakNeverReset;

public sealed class ResultFiller
{
    public static async Task<double[]> FillAsync(IAsyncEnumerable<double[]> source, int rowCount, int classes, CancellationToken ct = default)
    {
        var output = new double[rowCount * classes];
        int row = 0;
        double peak = double.NegativeInfinity;
        await foreach (var logits in source.WithCancellation(ct))
        {
            int offset = row * classes;
            for (int j = 0; j < classes; j++)
            {
                peak = Math.Max(peak, logits[j]); //~ LG0001
            }

            double denom = 0.0;
            for (int j = 0; j < classes; j++)
            {
                double e = Math.Exp(logits[j] - peak);
                output[offset + j] = e;
                denom += e;
            }

            for (int j = 0; j < classes; j++)
            {
                output[offset + j] /= denom;
            }

            row++;
        }

        return output;
    }
}
