// Re-creation (our own code) of the shape of a biaffine dependency parser's head distribution (Dozat & Manning 2017;
// as in SuPar/Stanza: for each dependent, softmax over candidate heads with the self-loop masked out).
// Layout: flat double[] [n · n] arc scores, arc[dep · n + head]; the diagonal (head == dep) is excluded and gets 0.
// Correct: each dependent's maximum over its admissible heads is the shift.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class BiaffineParserHeadDistributions
{
    public static void HeadProbabilities(double[] arcScores, int n, double[] headProbabilities)
    {
        for (int dep = 0; dep < n; dep++)
        {
            int row = dep * n;
            double best = double.NegativeInfinity;
            for (int head = 0; head < n; head++)
                if (head != dep && arcScores[row + head] > best)
                    best = arcScores[row + head];

            double z = 0.0;
            for (int head = 0; head < n; head++)
            {
                double e = head == dep ? 0.0 : Math.Exp(arcScores[row + head] - best);
                headProbabilities[row + head] = e;
                z += e;
            }

            double inv = 1.0 / z;
            for (int head = 0; head < n; head++)
                headProbabilities[row + head] *= inv;
        }
    }
}
