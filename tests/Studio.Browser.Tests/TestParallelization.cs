// One browser test class at a time: the first-load fixture publishes the server (a minute or more of both cores) and
// the shared studio's tests wait seconds for live results, which that publish would starve on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
