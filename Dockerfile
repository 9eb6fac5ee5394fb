# The `seed` CLI in an image. docker-compose.yml runs it against its `postgres` service; alone:
#   docker build -t seeder . && docker run --rm -e DATABASE_URL=postgresql://... seeder
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# A fixed uid, so files written to a bind mount (dumps, CSV) get a predictable owner. Non-root also
# matters for the embedded server used when no DATABASE_URL is given: PostgreSQL refuses root.
RUN groupadd --system --gid 10001 seeder \
 && useradd --system --uid 10001 --gid seeder --create-home --home-dir /home/seeder seeder

# Only what the wheel is built from: the build backend needs README.md (project.readme), and
# alembic/ is packed into the wheel as seeder/_alembic, so alembic.ini is not needed at run time.
WORKDIR /src
COPY pyproject.toml constraints.txt README.md ./
COPY seeder/ seeder/
COPY alembic/ alembic/
# A regular (non-editable) install; the sources are removed so nothing can shadow the installed
# package.
RUN pip install --no-cache-dir -c constraints.txt . \
 && rm -rf /src

# docker-compose.yml's seeder service runs this: migrate, then load unless data is already there.
COPY --chmod=0755 docker/seed-once.sh /usr/local/bin/seed-once

USER 10001:10001
WORKDIR /home/seeder

# No ENTRYPOINT, so `docker compose run --rm seeder seed --size small --reset` reads as typed.
CMD ["seed", "--size", "large"]
