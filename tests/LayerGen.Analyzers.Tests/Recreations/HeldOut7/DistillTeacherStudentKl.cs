// known gap: LG0005 on the log of the student's clipped probability log(max(ps, 1e-300)) in the KL loop (a true LG0005 pattern: KL 949 vs 1421 for a confident student); not an LG0001-LG0004 report. The teacher's pt * log(pt) under pt > 0 is an exact entropy term and no longer reported (gaps21)
// gap: +LG0005@38
// Source: knowledge-distillation losses written from scratch (Hinton et al. 2015 shape; ooples/AiDotNet
// KnowledgeDistillation/DistillationLoss — teacher and student softened at temperature T, KL between them).
// Layout: teacher and student logits [batch, classes] as double[,]; softmax over classes at temperature T,
// each row through a span helper that shifts by max/T.
// Correct.
using System;

namespace HeldOut7.DistillTeacherStudentKl
{
    public static class DistillationLoss
    {
        public static double SoftKl(double[,] teacher, double[,] student, double temperature, double[,] teacherProbs)
        {
            int batch = teacher.GetLength(0);
            int classes = teacher.GetLength(1);
            var t = new double[classes];
            var s = new double[classes];
            var pt = new double[classes];
            var ps = new double[classes];
            double kl = 0;
            for (int b = 0; b < batch; b++)
            {
                for (int c = 0; c < classes; c++)
                {
                    t[c] = teacher[b, c];
                    s[c] = student[b, c];
                }

                Soften(t, temperature, pt);
                Soften(s, temperature, ps);
                for (int c = 0; c < classes; c++)
                {
                    teacherProbs[b, c] = pt[c];
                    if (pt[c] > 0)
                    {
                        kl += pt[c] * (Math.Log(pt[c]) - Math.Log(Math.Max(ps[c], 1e-300)));
                    }
                }
            }

            return kl * temperature * temperature / batch;
        }

        private static void Soften(ReadOnlySpan<double> logits, double temperature, Span<double> probs)
        {
            double max = double.NegativeInfinity;
            foreach (double z in logits)
            {
                max = Math.Max(max, z);
            }

            double sum = 0;
            for (int i = 0; i < logits.Length; i++)
            {
                probs[i] = Math.Exp(logits[i] / temperature - max / temperature);
                sum += probs[i];
            }

            for (int i = 0; i < probs.Length; i++)
            {
                probs[i] /= sum;
            }
        }
    }
}
