// Pattern (our own code): temperature sampling (logits / temperature, softmax) as LLM samplers do (justinamiller/
// BPEngine has src/BPEngine.SDK/Chat/Sampler.cs; its code was not read) over a double[,] batch,
// with the maximum taken per row and subtracted before the division by the temperature.
// Layout: row-major double[rows, vocab], exp((x - max) / t). Correct.
using System;

namespace HeldOut.Temperature2DShifted;

public static class TemperatureSoftmax
{
    public static double[,] Forward(double[,] logits, double temperature)
    {
        int rows = logits.GetLength(0);
        int vocab = logits.GetLength(1);
        var p = new double[rows, vocab];
        for (int i = 0; i < rows; i++)
        {
            double max = double.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
            {
                max = Math.Max(max, logits[i, v]);
            }

            double sum = 0;
            for (int v = 0; v < vocab; v++)
            {
                p[i, v] = Math.Exp((logits[i, v] - max) / temperature);
                sum += p[i, v];
            }

            for (int v = 0; v < vocab; v++)
            {
                p[i, v] /= sum;
            }
        }

        return p;
    }
}
