using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Tests.Throughput.Inference;

/// <summary>The Pareto frontier of per-GPU against per-user rate, and its pre-filter of candidates.</summary>
public sealed class ServingFrontierTests
{
    private static ServingPoint Point(double perUser, double perGpu) =>
        new(new ServingConfig(1, 1, 1, 1, false), perUser, perGpu, perGpu * 2, 0.1, StepBound.Memory);

    [Fact]
    public void Of_HandPickedPoints_KeepsOnlyTheNonDominatedMostInteractiveFirst()
    {
        // (15, 50) and (20, 70) lose to (20, 80) on both rates or tie on one and lose on the other; (5, 90) loses to (10, 100).
        ServingPoint[] points = [Point(10, 100), Point(15, 50), Point(20, 80), Point(5, 90), Point(20, 70)];

        var frontier = ServingFrontier.Of(points);

        Assert.Equal([(20.0, 80.0), (10.0, 100.0)], frontier.Select(p => (p.TokensPerSecondPerUser, p.OutputTokensPerSecondPerGpu)));
    }

    [Fact]
    public void Of_ManyPointsWithTies_SameAsTheDefinitionPointByPoint()
    {
        // 20,000 points on a coarse lattice (so rates tie often), some at zero or negative interactivity: enough to
        // pass the candidate pre-filter. The frontier by definition: sorted by interactivity, keep a point when no
        // point of higher interactivity matches its tokens per GPU, and among equal interactivity the best, earliest.
        var random = new Random(5);
        // Each point's batch size is its index, so a tie broken the wrong way shows. The first two tie at zero
        // interactivity, −0 before +0, with the highest rate per GPU: the −0 one is the frontier's last point.
        var points = Enumerable.Range(0, 20_000)
            .Select(i => (i switch { 0 => Point(-0.0, 5_000), 1 => Point(0.0, 5_000), _ => Point(random.Next(-20, 2_000) / 4.0, random.Next(0, 4_000) / 2.0) })
                with { Config = new ServingConfig(1, 1, 1, i, false) })
            .ToArray();
        var expected = new List<ServingPoint>();
        foreach (var group in points.Select((p, i) => (p, i)).GroupBy(x => x.p.TokensPerSecondPerUser).OrderByDescending(g => g.Key))
        {
            var pick = group.OrderByDescending(x => x.p.OutputTokensPerSecondPerGpu).ThenBy(x => x.i).First().p;
            if (expected.Count == 0 || pick.OutputTokensPerSecondPerGpu > expected[^1].OutputTokensPerSecondPerGpu)
            {
                expected.Add(pick);
            }
        }

        var frontier = ServingFrontier.Of(points);
        var candidates = ServingFrontier.Candidates([.. points.Select(p => new ServingOutcome(true, p))]);

        Assert.True(expected.Count > 10);
        Assert.Equal(expected, frontier);
        Assert.Equal(0, frontier[^1].Config.SequencesPerRank);
        // The pre-filter did its work: at most a fifth of these uniformly scattered points reached the sort (2,068
        // when written; a real sweep's points fall along curves and far fewer reach it), the frontier among them.
        Assert.InRange(candidates.Length, expected.Count, 4_000);
        Assert.All(expected, point => Assert.Contains(point, candidates));
    }

    [Fact]
    public void OrderedBits_DoublesAcrossSigns_SameOrderAndBothZerosOne()
    {
        // The bins are taken on these integers: they must order as the rates do, and −0 must sit with +0 (a tie at
        // zero split across two bins would let one of the tied points prune the other).
        double[] ordered = [double.NegativeInfinity, -1e300, -2.5, -1, -double.Epsilon, 0, double.Epsilon, 1e-300, 0.25, 1, 3, 1e300, double.PositiveInfinity];

        Assert.Equal(ServingFrontier.OrderedBits(0.0), ServingFrontier.OrderedBits(-0.0));
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(ServingFrontier.OrderedBits(pair.First) < ServingFrontier.OrderedBits(pair.Second)));
    }
}
