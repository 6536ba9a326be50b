// Idiom: one immutable record per row with one property per class (Cat, Dog, Bird); nested Math.Max over the
// properties, exps unrolled into locals, an output record per row yielded from an iterator.
// Use: scoring rows of a typed prediction table (e.g. mapped by an ORM) into probability records.
// Layout: IEnumerable<Prediction> records, three classes as double properties.
// Correct: the max and the sum are over the three properties of the same record.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut92.RecordRow_ThreeClassProps;

public sealed record Prediction(string Id, double Cat, double Dog, double Bird);

public sealed record Probabilities(string Id, double Cat, double Dog, double Bird);

public static class PredictionScorer
{
    public static IEnumerable<Probabilities> Score(IEnumerable<Prediction> rows)
    {
        foreach (Prediction p in rows)
        {
            double m = Math.Max(p.Cat, Math.Max(p.Dog, p.Bird));
            double eCat = Math.Exp(p.Cat - m);
            double eDog = Math.Exp(p.Dog - m);
            double eBird = Math.Exp(p.Bird - m);
            double z = eCat + eDog + eBird;
            yield return new Probabilities(p.Id, eCat / z, eDog / z, eBird / z);
        }
    }
}
