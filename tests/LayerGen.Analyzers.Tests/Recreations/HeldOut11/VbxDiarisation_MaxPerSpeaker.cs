// Re-creates the shape of the VBx speaker-diarisation E-step (Landini et al. 2022; BUTSpeechFIT/VBx `VBx.py`): the
// per-frame speaker responsibilities gamma = softmax over speakers of (log-likelihood + log pi).
// Layout: speaker-major double[speakers, frames]; the shifts are stored in a per-speaker array first.
// Bug (LG0004): the max runs over the frames of each speaker, the sum over the speakers of each frame.
using System;

namespace HeldOut11;

public static class VbxDiarisation_MaxPerSpeaker
{
    public static void Responsibilities(double[,] logLikelihood, double[] logPi, double[,] gamma)
    {
        int speakers = logLikelihood.GetLength(0);
        int frames = logLikelihood.GetLength(1);
        var top = new double[speakers];
        for (int s = 0; s < speakers; s++)
        {
            top[s] = double.NegativeInfinity;
            for (int t = 0; t < frames; t++)
                top[s] = Math.Max(top[s], logLikelihood[s, t] + logPi[s]); //~ LG0004
        }
        for (int t = 0; t < frames; t++)
        {
            double evidence = 0.0;
            for (int s = 0; s < speakers; s++)
            {
                gamma[s, t] = Math.Exp(logLikelihood[s, t] + logPi[s] - top[s]);
                evidence += gamma[s, t];
            }
            for (int s = 0; s < speakers; s++)
                gamma[s, t] /= evidence;
        }
    }
}
