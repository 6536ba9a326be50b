// Re-creates: a Whisper/TTS C# decoder's log-softmax over all decoded steps at once, where the log-sum-exp shift is
// taken once over the whole logits buffer instead of per step.
// Layout: flat [steps, vocab] row-major; softmax axis = vocab. double.
// Bug: LG0001 (max over all steps).
using System;

namespace LayerGen.Recreations.HeldOut3.WhisperLogSoftmaxGlobalMax;

public static class BatchLogSoftmax
{
    public static void LogSoftmax(double[] logits, int vocab, double[] logProbs)
    {
        double max = double.MinValue;
        foreach (double v in logits)
        {
            max = Math.Max(max, v); //~ LG0001
        }

        int steps = logits.Length / vocab;
        for (int t = 0; t < steps; t++)
        {
            int begin = t * vocab;
            int end = begin + vocab;
            double sum = 0;
            for (int i = begin; i < end; i++)
            {
                sum += Math.Exp(logits[i] - max);
            }

            double logSumExp = max + Math.Log(sum);
            for (int i = begin; i < end; i++)
            {
                logProbs[i] = logits[i] - logSumExp;
            }
        }
    }
}
