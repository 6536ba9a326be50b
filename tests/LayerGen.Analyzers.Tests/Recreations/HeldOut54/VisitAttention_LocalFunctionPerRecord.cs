// Idiom: attention over the visits of each patient record (RETAIN/Dipole-style visit-level attention of an EHR model):
// scaled dot product of a query with each visit embedding, softmax over the patient's visits. Use: which past visits
// drive a readmission prediction.
// Layout: records `PatientRecord(Mrn, List<Visit>)`, `Visit(Date, float[] Embedding)`; local function `Score(Visit)`;
// jagged float[patients][visits] output.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut54.VisitAttention_LocalFunctionPerRecord;

public sealed record Visit(DateTime Date, float[] Embedding);

public sealed record PatientRecord(string Mrn, List<Visit> Visits);

public static class VisitAttention
{
    public static float[][] Weights(IReadOnlyList<PatientRecord> records, float[] query)
    {
        float scale = 1f / MathF.Sqrt(query.Length);

        float Score(Visit visit)
        {
            float dot = 0f;
            for (int d = 0; d < query.Length; d++)
            {
                dot += query[d] * visit.Embedding[d];
            }

            return dot * scale;
        }

        var weights = new float[records.Count][];
        for (int r = 0; r < records.Count; r++)
        {
            List<Visit> visits = records[r].Visits;
            var scores = new float[visits.Count];
            float peak = float.NegativeInfinity;
            for (int v = 0; v < visits.Count; v++)
            {
                scores[v] = Score(visits[v]);
                peak = MathF.Max(peak, scores[v]);
            }

            float denominator = 0f;
            for (int v = 0; v < scores.Length; v++)
            {
                scores[v] = MathF.Exp(scores[v] - peak);
                denominator += scores[v];
            }

            for (int v = 0; v < scores.Length; v++)
            {
                scores[v] /= denominator;
            }

            weights[r] = scores;
        }

        return weights;
    }
}
