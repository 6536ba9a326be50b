// Idiom: CTC output layer with greedy decoding, the shift taken once over the whole utterance
// Layout: flat float[] time-major, index t * numClasses + c
// Bug (LG0001): one max over every frame of the utterance, so a quiet frame far below the loudest underflows to 0/0
using System;
using System.Collections.Generic;

namespace HeldOut40.CtcGreedy_UtterancePeak;

public sealed class CtcOutputLayer
{
    private readonly int numClasses;

    public CtcOutputLayer(int numClasses) => this.numClasses = numClasses;

    public float[] Posteriors(float[] logits, int numFrames)
    {
        var probs = new float[logits.Length];
        float peak = float.MinValue;
        for (int i = 0; i < numFrames * numClasses; i++)
            peak = Math.Max(peak, logits[i]); //~ LG0001

        for (int t = 0; t < numFrames; t++)
        {
            int offset = t * numClasses;
            float sum = 0;
            for (int c = 0; c < numClasses; c++)
            {
                float e = MathF.Exp(logits[offset + c] - peak);
                probs[offset + c] = e;
                sum += e;
            }

            for (int c = 0; c < numClasses; c++)
                probs[offset + c] /= sum;
        }

        return probs;
    }

    public string GreedyDecode(float[] logits, int numFrames, string alphabet)
    {
        var probs = Posteriors(logits, numFrames);
        var text = new List<char>();
        int last = 0;
        for (int t = 0; t < numFrames; t++)
        {
            int arg = 0;
            for (int c = 1; c < numClasses; c++)
                if (probs[t * numClasses + c] > probs[t * numClasses + arg]) arg = c;
            if (arg != 0 && arg != last) text.Add(alphabet[arg - 1]);
            last = arg;
        }

        return new string(text.ToArray());
    }
}
