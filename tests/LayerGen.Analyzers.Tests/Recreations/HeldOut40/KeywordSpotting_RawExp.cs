// Idiom: keyword spotting head over streamed frame records, numpy-style exp / sum in LINQ
// Layout: records Frame(long Timestamp, float[] Logits), IEnumerable
// Bug (LG0003): Select(v => MathF.Exp(v)) on raw keyword logits, no max subtracted
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut40.KeywordSpotting_RawExp;

public sealed record Frame(long Timestamp, float[] Logits);

public sealed record Detection(long Timestamp, float[] Posteriors);

public static class KeywordDetector
{
    public static IEnumerable<Detection> Posteriors(IEnumerable<Frame> frames)
    {
        foreach (var frame in frames)
        {
            var exps = frame.Logits.Select(v => MathF.Exp(v)).ToArray(); //~ LG0003
            var total = exps.Sum();
            yield return new Detection(frame.Timestamp, exps.Select(e => e / total).ToArray());
        }
    }
}
