// Re-creates the shape of the VBx speaker-diarisation E-step (Landini et al. 2022; BUTSpeechFIT/VBx `VBx.py`): the
// per-frame speaker responsibilities gamma = softmax over speakers of (log-likelihood + log pi).
// Layout: speaker-major double[speakers, frames] (softmax down each column), reverse loops, prior per speaker.
// Correct: the max and the sum run over the speakers of one frame.
using System;

namespace HeldOut11;

public static class VbxDiarisation_SpeakerMajorFrames
{
    public static void Responsibilities(double[,] logLikelihood, double[] logPi, double[,] gamma)
    {
        int speakers = logLikelihood.GetLength(0);
        int frames = logLikelihood.GetLength(1);
        for (int t = frames - 1; t >= 0; t--)
        {
            double top = double.NegativeInfinity;
            for (int s = speakers - 1; s >= 0; s--)
                top = Math.Max(top, logLikelihood[s, t] + logPi[s]);
            double evidence = 0.0;
            for (int s = speakers - 1; s >= 0; s--)
            {
                gamma[s, t] = Math.Exp(logLikelihood[s, t] + logPi[s] - top);
                evidence += gamma[s, t];
            }
            for (int s = speakers - 1; s >= 0; s--)
                gamma[s, t] /= evidence;
        }
    }
}
