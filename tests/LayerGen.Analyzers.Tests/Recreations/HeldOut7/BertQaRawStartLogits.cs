// known gap: LG0003 also reported at the second raw exp call (the division line), a second site of the same bug
// gap: +LG0003@28
// Source: BERT question-answering samples in C# (ML.NET / ONNX Runtime BERT ports reading StartLogits and
// EndLogits per question of a batch); the span scorer exponentiates the logits as they come.
// Layout: start logits double[questions, tokens]; softmax over the tokens of each question.
// Bug LG0003: exp of the raw start logits, no maximum subtracted.
using System;

namespace HeldOut7.BertQaRawStartLogits
{
    public static class BatchSpanScorer
    {
        public static double[,] StartProbabilities(double[,] startLogits)
        {
            int questions = startLogits.GetLength(0);
            int tokens = startLogits.GetLength(1);
            var probs = new double[questions, tokens];
            for (int q = 0; q < questions; q++)
            {
                double z = 0;
                for (int t = 0; t < tokens; t++)
                {
                    z += Math.Exp(startLogits[q, t]); //~ LG0003
                }

                for (int t = 0; t < tokens; t++)
                {
                    probs[q, t] = Math.Exp(startLogits[q, t]) / z;
                }
            }

            return probs;
        }
    }
}
