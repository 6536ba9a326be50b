// Idiom: System.Threading.Channels pipeline stage — `await foreach (row in reader.ReadAllAsync())`, results
// written to a ChannelWriter, writer completed at the end.
// Use: a producer/consumer scoring stage.
// Layout: ChannelReader<double[]> → ChannelWriter<double[]>, one row per message.
// Correct: one-pass online softmax per row (running max and rescaled running sum, reset for every message).
// Our own code.
using System;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut71.Channels_ReaderPerRow;

public static class ChannelSoftmax
{
    public static async Task PumpAsync(ChannelReader<double[]> reader, ChannelWriter<double[]> writer)
    {
        await foreach (double[] row in reader.ReadAllAsync())
        {
            double runMax = double.NegativeInfinity;
            double runSum = 0.0;
            foreach (double v in row)
            {
                if (v > runMax)
                {
                    runSum = runSum * Math.Exp(runMax - v) + 1.0;
                    runMax = v;
                }
                else
                {
                    runSum += Math.Exp(v - runMax);
                }
            }
            var probs = new double[row.Length];
            for (int k = 0; k < row.Length; k++) probs[k] = Math.Exp(row[k] - runMax) / runSum;
            await writer.WriteAsync(probs);
        }
        writer.Complete();
    }
}
